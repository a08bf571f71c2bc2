#pragma once

#include "core/domain/result.h"

#include <functional>
#include <memory>

// Several requests answered as one: each answer is added into one value, the first failure
// wins, and done runs once, after the last answer — never with a mix the server never showed.
template<typename T> class AnswerTally
{
public:
    using Done = std::function<void(const Result<T> &)>;

    static std::shared_ptr<AnswerTally> create(qsizetype expected, Done done)
    {
        return std::shared_ptr<AnswerTally>(new AnswerTally(expected, std::move(done)));
    }

    // add(value, answer) puts a successful answer into the value.
    template<typename R, typename Add> void answer(const Result<R> &result, Add add)
    {
        if (result.ok())
            add(m_value, result.value());
        else if (!m_error.isError())
            m_error = result.error();
        if (--m_pending > 0)
            return;
        if (m_error.isError())
            m_done(m_error);
        else
            m_done(m_value);
    }

private:
    AnswerTally(qsizetype expected, Done done)
        : m_pending(expected)
        , m_done(std::move(done))
    {
    }

    qsizetype m_pending;
    Done m_done;
    T m_value{};
    ApiError m_error;
};
