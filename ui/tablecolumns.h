#pragma once

#include <QList>
#include <QSize>

class QTableView;

// How the app's tables size their columns: the named columns (names) share whatever room is
// left, every other column is as wide as its title or its longest value, titles line up with
// their cells. So nothing is cut and nothing scrolls sideways while there is room.
class TableColumns
{
public:
    // Sets the resize modes and keeps the view's sizeHint current as rows and texts change.
    static void stretch(QTableView *view, const QList<int> &stretchedColumns);
    // A column of long identifiers the details panel shows in full: as wide as its title or
    // `characters`, elided, the full value in the tooltip. Call again after a language switch.
    static void shorten(QTableView *view, int column, int characters);
    // Room for every column at its needed width, and for the stretched ones at a readable one.
    static QSize sizeHint(const QTableView *view);
    // After a language switch: the titles are re-read and the columns re-measured.
    static void retranslate(QTableView *view);

private:
    static int readableWidth(const QTableView *view);
};
