<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Pone fin a las relaciones de revendedor con clientes de Microsoft CSP, tras resolver antes todo lo que lo impide.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk incluye estos componentes, cada uno con su propia licencia:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>&amp;Iniciar sesión en el Centro de partners…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>&amp;Configuración de conexión…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>Usar el &amp;espacio aislado</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Trabajar con los datos de demostración de este equipo en lugar de con el Centro de partners; la sesión iniciada se conserva</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar sesió&amp;n</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Sesión iniciada como %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln línea del registro de auditoría no se pudo leer y se omitió.</numerusform>
            <numerusform>%Ln líneas del registro de auditoría no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Elija un cliente o escriba parte de un nombre de empresa, un Id. de cliente o un dominio principal</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>Id. de correlación</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Actividad — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Cada cambio realizado desde este equipo, del más reciente al más antiguo: qué se cambió, para qué cliente, quién lo hizo y qué respondió el Centro de partners.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Buscar por cliente, elemento, error o identificador</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Buscar en la actividad</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Guardar en un archivo CSV las entradas con los filtros actuales</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Abrir car&amp;peta de datos</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Mostrar la carpeta que contiene el registro de auditoría (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 de %Ln</numerusform>
            <numerusform>%1 de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <comment>entry count while the log is still being read</comment>
        <translation>%1, leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln línea del registro no se pudo leer y no se muestra.</numerusform>
            <numerusform>%Ln líneas del registro no se pudieron leer y no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Leyendo el registro de actividad…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Ninguna entrada coincide con los filtros</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>La búsqueda tiene en cuenta el cliente, el elemento, el error, el usuario y los Id.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aún no hay actividad</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Cada cambio que realiza PartnerDesk —suspensiones, cancelaciones, eliminaciones— se registra aquí con su resultado y su Id. de correlación.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>Se ha exportado %Ln entrada a %1</numerusform>
            <numerusform>Se han exportado %Ln entradas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>actividad.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>No se pudo abrir la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Activándose</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Por expirar</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Finalización solicitada</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Aprobación pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Aprobado</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Finaliza</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>Id. de relación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Finaliza</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Relaciones de administrador</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Los privilegios de administrador delegado pormenorizados (GDAP) dan a su organización roles de administrador en el inquilino del cliente. Quitar la relación de revendedor no los finaliza: finalícelos aquí.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Volver a leer las relaciones de administrador</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Finalizar todas…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>No se pueden leer las relaciones de administrador: PartnerDesk no está conectado a Microsoft Graph.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>No se pudieron leer las relaciones de administrador de Microsoft Graph. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>La lista siguiente es la de la última lectura.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Leyendo las relaciones de administrador de Microsoft Graph…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>No hay relaciones de administrador: Microsoft Graph no muestra ninguna con el inquilino de este cliente.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Ninguna relación de administrador está activa: ninguna da ya acceso de administrador a su organización.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Privilegios de administrador delegado heredados (DAP): activados. Finalizan con la relación de revendedor.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Privilegios de administrador delegado heredados (DAP): desactivados.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Hay una finalización en curso.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Seleccione primero una relación de administrador activa.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Solo se puede finalizar una relación de administrador activa; esta tiene el estado %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Ninguna relación de administrador está activa.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Finalizar relación de administrador</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>¿Finalizar la relación de administrador «%1» con %2?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Su organización pierde los roles que concede en el inquilino del cliente: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Finalizar todas las relaciones de administrador</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Su organización pierde todos los roles que conceden en el inquilino del cliente.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Esta acción no se puede deshacer: solo una nueva relación que apruebe el cliente devuelve el acceso.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ «%1»: no se sabe si se solicitó la finalización. %2 Compruebe su estado arriba antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>«%1» no se finalizó: detenido.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ «%1» no se finalizó. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln relación de administrador activa da a su organización acceso de administrador al inquilino de este cliente.</numerusform>
            <numerusform>%Ln relaciones de administrador activas dan a su organización acceso de administrador al inquilino de este cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>¿Finalizar %Ln relación de administrador con %1?</numerusform>
            <numerusform>¿Finalizar %Ln relaciones de administrador con %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Solicitando la finalización de %Ln relación de administrador…</numerusform>
            <numerusform>Solicitando la finalización de %Ln relaciones de administrador…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Finalización solicitada para %Ln relación de administrador; Microsoft Graph la finaliza en unos minutos y el estado de arriba lo refleja.</numerusform>
            <numerusform>✓ Finalización solicitada para %Ln relaciones de administrador; Microsoft Graph las finaliza en unos minutos y el estado de arriba lo refleja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln relación de administrador en proceso de finalización: Microsoft Graph la finaliza en unos minutos y la lista lo refleja.</numerusform>
            <numerusform>%Ln relaciones de administrador en proceso de finalización: Microsoft Graph las finaliza en unos minutos y la lista lo refleja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Su rol no le permite hacerlo. Pídaselo a un administrador global o a un agente de administración.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>No se puede suspender un plan de Azure mientras haya suscripciones de Azure activas en él.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>Ha pasado la ventana de cancelación.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>No existe ninguna relación entre su organización y este cliente.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Otra persona ha cambiado este elemento mientras tanto. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>No se puede actualizar una suscripción suspendida.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>No se puede reactivar un complemento mientras su suscripción base esté inactiva.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>No se pudo conectar con el Centro de partners.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>El Centro de partners no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>El Centro de partners está ocupado y ha pedido que se reduzca el ritmo de solicitudes. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>El Centro de partners envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>No se han enviado las credenciales porque la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>No ha iniciado sesión o su sesión ha expirado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>El Centro de partners aceptó la solicitud, pero no confirmó el cambio.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no le permite hacerlo.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>El Centro de partners ya no reconoce este elemento.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>El Centro de partners rechazó el cambio.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>Se produjo un error interno en el Centro de partners.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>El Centro de partners rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Respuesta del Centro de partners: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Id. de correlación: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>La solicitud se canceló después de enviarse, por lo que no se sabe si se realizó el cambio.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>Se perdió la respuesta del Centro de partners, por lo que no se sabe si se realizó el cambio.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph denegó el acceso a las relaciones de administrador. Agregue al registro de la aplicación el permiso delegado de Microsoft Graph DelegatedAdminRelationship.ReadWrite.All y conceda el consentimiento del administrador; su cuenta también necesita el rol Agente de administración.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>Se perdió la respuesta de Microsoft Graph, por lo que no se sabe si se realizó el cambio.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>No se pudo conectar con Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph está ocupado y ha pedido que se reduzca el ritmo de solicitudes. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph no reconoce esta relación de administrador.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>Se produjo un error interno en Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Respuesta de Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id de Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de token de acceso «%1»: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>El archivo de token de acceso «%1» está vacío.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>No se pudo iniciar el espacio aislado integrado: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>No hay token de acceso de Microsoft Graph: indique --graph-access-token-file o defina PARTNERDESK_GRAPH_ACCESS_TOKEN para ver y finalizar las relaciones de administrador.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Suspender suscripción</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Reactivar suscripción</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Cambiar estado de la suscripción</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Cambiar renovación automática</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Cancelar compra de software</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Quitar relación de revendedor</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Finalizar relación de administrador</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Qué impide quitar la relación</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Seleccionar en Suscripciones</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Seleccionar en Suscripciones</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Mostrar en Compras</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Seleccionar en Suscripciones</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Desactivar la renovación automática…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Abrir Azure Portal</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>No se pudo abrir ningún explorador web. La dirección se copió al portapapeles: %1</translation>
    </message>
</context>
<context>
    <name>BlockerReport</name>
    <message>
        <source>  - %1</source>
        <comment>one item of a bulleted list</comment>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Id.: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Impedimento</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Dar de baja a clientes</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Dar de baja a %Ln cliente?</numerusform>
            <numerusform>¿Dar de baja a %Ln clientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Esta acción no se puede deshacer. Se pedirá al Centro de partners que:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• quitar la relación de revendedor con %Ln cliente: sale de su lista de clientes, usted sale de sus contactos de soporte técnico, se quitan sus privilegios de administrador delegado y ya no podrá realizar compras para él;</numerusform>
            <numerusform>• quitar la relación de revendedor con %Ln clientes: cada uno sale de su lista de clientes, usted sale de sus contactos de soporte técnico, se quitan sus privilegios de administrador delegado y ya no podrá realizar compras para ellos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• suspender %Ln suscripción;</numerusform>
            <numerusform>• suspender %Ln suscripciones;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• cancelar %Ln suscripción o compra de software;</numerusform>
            <numerusform>• cancelar %Ln suscripciones y compras de software;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• finalizar %Ln relación de administrador;</numerusform>
            <numerusform>• finalizar %Ln relaciones de administrador;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• y preparar %Ln cliente más que aún no se puede quitar (sus cambios se cuentan arriba).</numerusform>
            <numerusform>• y preparar %Ln clientes más que aún no se pueden quitar (sus cambios se cuentan arriba).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Finalizar también las relaciones de administrador (GDAP)</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Para confirmar, escriba el número de clientes que se quitarán (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Número de clientes que se quitarán</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Dar de baja a %Ln cliente</numerusform>
            <numerusform>Dar de baja a %Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Escriba el número de clientes que se quitarán para habilitar este botón.</translation>
    </message>
</context>
<context>
    <name>BulkCustomer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>BulkCustomerModel</name>
    <message>
        <source>Waiting</source>
        <comment>a customer of a bulk run not started yet</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>En curso… %Ln cambio hecho</numerusform>
            <numerusform>En curso… %Ln cambios hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Dominio principal</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Por qué no se quitó</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>La lista no nombra a ninguno de sus clientes.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>No hay ninguna ejecución masiva sin terminar para esta lista en %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Por qué no se puede quitar / error</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>No se ha cambiado nada. Para dar de baja a estos clientes, vuelva a ejecutar con --confirm-count %1.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>No se pudo escribir el diario de la ejecución masiva %1: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Ejecución masiva %1. Si se interrumpe, continúela con --resume y la misma lista.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>No se pudo escribir el diario de la ejecución masiva (%1); la ejecución se detuvo.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>No se pudo leer el diario de la ejecución masiva %1.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>No se pudo escribir el informe %1: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Por qué / qué hacer</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Reanudando la ejecución masiva %1: queda %Ln cliente; cada uno se vuelve a leer primero.</numerusform>
            <numerusform>Reanudando la ejecución masiva %1: quedan %Ln clientes; cada uno se vuelve a leer primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Leyendo %Ln cliente…</numerusform>
            <numerusform>Leyendo %Ln clientes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>Se quitará %Ln cliente.</numerusform>
            <numerusform>Se quitarán %Ln clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>Se preparará %Ln cliente, pero aún no se puede quitar.</numerusform>
            <numerusform>Se prepararán %Ln clientes, pero aún no se pueden quitar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %Ln cliente.</numerusform>
            <numerusform>No se pudieron leer %Ln clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 no coincide con el plan: se quitaría %Ln cliente. No se ha cambiado nada.</numerusform>
            <numerusform>--confirm-count %1 no coincide con el plan: se quitarían %Ln clientes. No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Se ha quitado %L1 de %Ln cliente.</numerusform>
            <numerusform>Se han quitado %L1 de %Ln clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>No se finalizaron todas las relaciones de administrador.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>No hay ninguna relación de revendedor con este cliente.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>No estaba entre los clientes confirmados para quitar en esta ejecución; dé de baja al cliente en una nueva ejecución.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Se volvió a leer tras detenerse la ejecución: el cambio está en el servidor.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Se volvió a leer tras detenerse la ejecución: el cambio no se hizo.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>No se hizo; se volvió a leer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>La ejecución se canceló antes de terminar con este cliente.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>No se pudo escribir el diario de la ejecución %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>La baja del cliente no se inició</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>No se pudo escribir el diario de la ejecución masiva (%1); la ejecución se detuvo.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>No se pudo leer el diario de la ejecución masiva %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Leyendo %1 de %Ln cliente… No se cambia nada hasta que confirme.</numerusform>
            <numerusform>Leyendo %1 de %Ln clientes… No se cambia nada hasta que confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Se quitarán: %1. Se prepararán, pero aún no se pueden quitar: %2. No se pudieron leer: %3. Todavía no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Cancelando: los cambios ya enviados terminan y no empieza nada nuevo. %1 de %Ln cliente listo.</numerusform>
            <numerusform>Cancelando: los cambios ya enviados terminan y no empieza nada nuevo. %1 de %Ln clientes listos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Baja del cliente: %1 de %Ln cliente listo, %2 a la vez. Si se cierra la aplicación, ofrecerá reanudar la ejecución en el próximo inicio.</numerusform>
            <numerusform>Baja del cliente: %1 de %Ln clientes listos, %2 a la vez. Si se cierra la aplicación, ofrecerá reanudar la ejecución en el próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>La ejecución no terminó; «Reanudar» la continúa.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Cada cliente no quitado indica por qué y qué hacer.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Plan de baja del cliente — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan de baja del cliente</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Baja del cliente — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Baja de clientes</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Informe de baja del cliente — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Informe de baja del cliente del %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Exportar plan…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Dar de baja a %Ln cliente…</numerusform>
            <numerusform>Dar de baja a %Ln clientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Ahora no se puede quitar ningún cliente del plan.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Reanudar ejecución</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>¿Detener la baja del cliente?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Los cambios ya enviados terminan; después no se empieza ningún cliente. El informe indica cómo terminó cada cliente y la ejecución se puede reanudar más tarde.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportar plan</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>baja-clientes-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>plan-baja-clientes.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Se ha quitado %L1 de %Ln cliente.</numerusform>
            <numerusform>Se han quitado %L1 de %Ln clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Dar de baja a clientes desde un archivo</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>La lista de clientes aún se está cargando. Vuelva a intentarlo cuando se haya cargado.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>El archivo no nombra a ninguno de sus clientes: %Ln línea omitida.</numerusform>
            <numerusform>El archivo no nombra a ninguno de sus clientes: %Ln líneas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>No se pudo usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>La ejecución de baja del cliente iniciada el %1 no terminó: %2 de %Ln cliente quitado, quedan %3. ¿Reanudarla ahora? Cada cliente restante se vuelve a leer primero; no se vuelve a enviar nada que ya surtió efecto.</numerusform>
            <numerusform>La ejecución de baja de clientes iniciada el %1 no terminó: %2 de %Ln clientes quitados, quedan %3. ¿Reanudarla ahora? Cada cliente restante se vuelve a leer primero; no se vuelve a enviar nada que ya surtió efecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>¿Reanudar la baja del cliente?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>«Más tarde» vuelve a preguntar en el próximo inicio. «Descartar» termina la ejecución tal como está; su informe y el registro de auditoría conservan todo lo que hizo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>No se pudo terminar la ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — %2 de %Ln cliente quitado</numerusform>
            <numerusform>%1 — %2 de %Ln clientes quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (sin terminar)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Todavía no hay ejecuciones de baja</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Dar de baja a clientes desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Planificar la baja de los clientes que enumera un archivo: dominios principales, identificadores de cliente o Id. de Microsoft</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>&amp;Informes de baja</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Clientes del plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln línea de la lista omitida:</numerusform>
            <numerusform>%Ln líneas de la lista omitidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer: why it is not removed</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkReport</name>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Preparado, aún no se puede quitar</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Se quitará</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Se preparará, aún no se puede quitar</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Desconocido: no llegó respuesta y aún no se ha vuelto a leer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Hecho (respuesta perdida, se volvió a leer)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Reanude la ejecución o vuelva a dar de baja al cliente.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Reanude la ejecución: vuelve a leer el cliente antes de enviar nada de nuevo.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Vuelva a dar de baja al cliente después del %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Resuelva lo que bloquea y vuelva a dar de baja al cliente.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Revise el error y vuelva a dar de baja al cliente.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>why a customer is not removed, and until when</comment>
        <translation>%1 (hasta el %2)</translation>
    </message>
</context>
<context>
    <name>BulkReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer or action: its details</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CancelOrderJob</name>
    <message>
        <source>The Azure reservation “%1” is cancelled in the Azure portal, not here.</source>
        <comment>%1 is the reservation name</comment>
        <translation>La reserva de Azure «%1» se cancela en Azure Portal, no aquí.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>La compra «%1» no tiene Id. de pedido, por lo que no se puede cancelar aquí.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>La compra «%1» ya no está activa (estado: %2), así que no hay nada que cancelar.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>La compra «%1» solo se podía cancelar hasta %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>La compra «%1» no tiene ventana de cancelación.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>No hay ningún llavero disponible aquí (%1), por lo que partnerdesk-cli no puede conservar la sesión del Centro de partners de un comando a otro. Use en su lugar --endpoint con --access-token-file, o ejecute «partnerdesk-cli sign-out» para trabajar con el espacio aislado.</translation>
    </message>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Ningún cliente tiene «%1» como Id. de Microsoft, Id. de cliente o dominio principal.</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Nota: es posible que sus roles (%1) no lo permitan; lo decide el Centro de partners.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>company name (primary domain)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Partner Center API endpoint, e.g. https://api.partnercenter.microsoft.com. Without it, the embedded sandbox (the app&apos;s demo data) is used.</source>
        <translation>Punto de conexión de la API del Centro de partners, p. ej., https://api.partnercenter.microsoft.com. Si no se indica, se usa el espacio aislado integrado (los datos de demostración de la aplicación).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Leer el token de acceso de ARCHIVO («-» lee la entrada estándar). También funciona la variable de entorno PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Idioma de los mensajes y de las respuestas del Centro de partners: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Formato de las listas: %1 (predeterminado: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend: todas las suscripciones activas del cliente.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: el dominio principal del cliente, escrito para confirmar.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: su inquilino de partner, como Id. de directorio (inquilino) o como dominio.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>INQUILINO</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: el Id. de aplicación (cliente) del registro de aplicación de su organización.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: la autoridad de inicio de sesión (predeterminada: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Finaliza relaciones de revendedor con clientes de Microsoft CSP: enumera clientes y suscripciones, suspende suscripciones, indica qué impide todavía quitar la relación y la quita.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEXTO | --domain TEXTO]  Enumera los clientes.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions CLIENTE                        Enumera las suscripciones de un cliente.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend CLIENTE (--all | SUSCRIPCIÓN...)     Suspende suscripciones.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness CLIENTE                            Indica qué impide quitar la relación.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship CLIENTE --confirm DOMINIO</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                               Quita la relación de revendedor.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                 Muestra el vínculo de invitación para una nueva relación.</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                               Inicia sesión en el Centro de partners (código de dispositivo).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                     Cierra la sesión; los comandos vuelven a usar el espacio aislado.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                       Muestra quién ha iniciado sesión y con qué roles.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>CLIENTE es el Id. de Microsoft (Id. de inquilino), el Id. de cliente o el dominio principal.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Tras iniciar sesión, los comandos sin --endpoint trabajan con el Centro de partners en nombre del usuario que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Uno de los comandos anteriores.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>COMANDO [ARGUMENTOS...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>«%1» no es una URL http:// ni https://.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Idioma desconocido «%1»; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Formato desconocido «%1»; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>El protocolo http:// sin cifrar solo se permite hacia este equipo.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 no se puede usar con «%2».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>«%1» necesita un CLIENTE: un Id. de Microsoft o un dominio principal.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>CLIENTE no puede estar vacío.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Use --filter o --domain, pero no ambos.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Indique --all o los Id. de las suscripciones que se deben suspender.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>Para quitar la relación se necesita --confirm con el dominio principal del cliente.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Punto de conexión de Microsoft Graph para las relaciones de administrador (predeterminado: https://graph.microsoft.com; con un --endpoint en este equipo, la misma dirección).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Leer el token de acceso de Microsoft Graph de ARCHIVO («-» lee la entrada estándar). También funciona la variable de entorno PARTNERDESK_GRAPH_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships CUSTOMER                Enumera las relaciones de administrador del cliente (GDAP).</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: muestra el plan y no cambia nada.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: deja las relaciones de administrador (GDAP) como están.</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard CLIENTE --confirm DOMINIO [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Resuelve lo que se pueda, quita la relación y finaliza las relaciones de administrador.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Código de salida: 0 correcto (readiness: se puede quitar), 1 la operación ha fallado o está bloqueada, 2 uso incorrecto, 3 puede que un cambio se haya realizado o no (su respuesta se perdió y la nueva lectura falló): compruébelo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: solo las entradas desde FECHA (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: solo las entradas de CLIENTE: un Id. de cliente o un dominio principal, o parte de un nombre de empresa.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since FECHA] [--customer CLIENTE]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Muestra el registro de auditoría: cada cambio realizado desde este equipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>«%1» no es una fecha; indíquela como AAAA-MM-DD, por ejemplo, 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: solo los clientes cuyo nombre de empresa, dominio principal o Id. de Microsoft contiene TEXTO, sin distinguir mayúsculas, minúsculas ni acentos (como la búsqueda de la aplicación).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: solo los clientes cuyo dominio principal empieza por TEXTO (el filtro propio del Centro de partners).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Ejecute «partnerdesk-cli --help» para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: los clientes que dar de baja, desde ARCHIVO: dominios principales, identificadores de cliente o Id. de Microsoft, uno por línea o como archivo CSV con encabezado.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: el número de clientes que quitará el plan, escrito para confirmar; sin él se muestra el plan y no se cambia nada.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: continuar la ejecución masiva sin terminar de la misma lista.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: escribir también el informe en ARCHIVO (JSON para un nombre que termine en .json; si no, CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from ARCHIVO [--confirm-count N] [--dry-run] [--resume] [--report ARCHIVO]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Da de baja a cada cliente de una lista: plan, confirmación, ejecución, informe.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count necesita un número de clientes, por ejemplo, 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 requiere --from ARCHIVO.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm es para un cliente; una lista se confirma con --confirm-count.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format requiere --from ARCHIVO con «offboard».</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>No hay token de acceso: indique --access-token-file o defina PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>No ha iniciado sesión en el Centro de partners. Ejecute «partnerdesk-cli sign-in», o «partnerdesk-cli sign-out» para trabajar con el espacio aislado.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>No se pudo restaurar su sesión del Centro de partners: %1
Vuelva a ejecutar «partnerdesk-cli sign-in».</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Coincide con el dominio principal.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Aún no coincide con el dominio principal.</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Quitar relación de revendedor</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>¿Quitar la relación de revendedor con %1?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Esto tiene las siguientes consecuencias:</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>El cliente se quita de su lista de clientes.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Se le quita de la lista de contactos de soporte técnico disponibles del cliente.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Ya no puede realizar compras para el cliente.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Para confirmar, escriba el dominio principal del cliente:</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Escriba el dominio principal para confirmar</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Escriba arriba el dominio principal para habilitar este botón.</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Finalizar también las relaciones de administrador</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Tras quitar la relación correctamente, finaliza todas las relaciones de administrador activas con este cliente. Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln relación de administrador (GDAP) se mantiene tras quitar la relación: sigue dando a su organización acceso de administrador al inquilino del cliente.</numerusform>
            <numerusform>%Ln relaciones de administrador (GDAP) se mantienen tras quitar la relación: siguen dando a su organización acceso de administrador al inquilino del cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>No se pudieron leer las relaciones de administrador (GDAP), así que no se pueden finalizar aquí. Quitar la relación no las finaliza: finalícelas en el Centro de partners.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Se quitan sus privilegios de administrador delegado heredados (DAP) para el cliente.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2</source>
        <comment>setting name: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the address must not contain a user name, a password, a query or a fragment.</source>
        <comment>%1 is a setting name</comment>
        <translation>%1: la dirección no puede contener un nombre de usuario, una contraseña, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Punto de conexión del Centro de partners</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autoridad de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Escriba el inquilino: su Id. de Microsoft (un GUID), su dominio (p. ej., contoso.onmicrosoft.com) u «organizations».</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>El inquilino «%1» no es un GUID ni un nombre de dominio.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Escriba el Id. de aplicación (cliente) de su registro de aplicación.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>El Id. de aplicación (cliente) debe ser un GUID, como 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Configuración de conexión</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>&amp;Punto de conexión del Centro de partners:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Autoridad de inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Id. de aplicación (&amp;cliente):</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com o un GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Inicie sesión en el Centro de partners con su propio registro de aplicación de Microsoft Entra.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>Cómo registrar PartnerDesk en Microsoft Entra</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <comment>status bar: connected to the embedded sandbox</comment>
        <translation>Espacio aislado</translation>
    </message>
    <message>
        <source>Demo data on this computer (%1). Nothing reaches Partner Center.</source>
        <translation>Datos de demostración en este equipo (%1). No se envía nada al Centro de partners.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Conectado a: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Sesión iniciada con un token de acceso</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Volver a la lista de clientes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Dominio principal:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Id. de Microsoft:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Copiar dominio principal</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Copiar Id. de Microsoft</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Copiado: «%1»</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>una dirección web</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>El archivo %1 es demasiado grande para una lista de clientes (%2 MB como máximo).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>La primera fila (%1) no nombra ninguna columna de dominios principales, Id. de cliente o Id. de Microsoft.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>nada en la columna %1</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Dominio principal</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>Id. de Microsoft</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Relación</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Buscar por empresa, dominio o Id. de Microsoft</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Volver a cargar la lista de clientes desde el Centro de partners (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, cargando…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>No se pudieron cargar todos los clientes. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>No se pudieron cargar los clientes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Ningún cliente coincide con «%1»</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>La búsqueda tiene en cuenta el nombre de la empresa, el dominio principal y el Id. de Microsoft.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Todavía no hay clientes</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Aquí aparecen los clientes con los que tiene una relación de revendedor. Use Actualizar para volver a cargar la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 de %Ln</numerusform>
            <numerusform>%1 de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>%Ln cliente cargado hasta ahora.</numerusform>
            <numerusform>%Ln clientes cargados hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Dar de &amp;baja a %Ln seleccionado…</numerusform>
            <numerusform>Dar de &amp;baja a %Ln seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Planificar la baja de los clientes seleccionados: no se cambia nada hasta que confirme</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Seleccione primero los clientes (Mayús+clic, Ctrl+clic, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>Dar de &amp;baja a los seleccionados…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Compras de software y reservas de Azure</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Secciones del cliente</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Volver a la lista de clientes</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>No hay ningún cliente cuyo dominio principal empiece por «%1».</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>No hay clientes.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Esperando a que inicie sesión…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>El código expira en %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Iniciar sesión en el Centro de partners</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Abra la página siguiente en un explorador, en este o en cualquier otro dispositivo, escriba el código e inicie sesión con su cuenta del Centro de partners.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Abrir explorador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>El servicio de inicio de sesión no envió un código válido.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>El servicio de inicio de sesión envió una dirección no segura: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>El servicio de inicio de sesión no envió ningún token de acceso.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Se ha rechazado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>El código expiró antes de completarse el inicio de sesión. Vuelva a empezar para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>El servicio de inicio de sesión ya no reconoce este código. Vuelva a empezar para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Cerrada el %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licencia</numerusform>
            <numerusform>%Ln licencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (según el uso)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Cada tres años</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Compra de software</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Reserva de Azure</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Desconocida (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Cancelable hasta</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Lector global</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Lectores de directorios</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Administrador de usuarios</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrador del departamento de soporte técnico</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrador de Exchange</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Administrador de SharePoint</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Administrador de Teams</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Administrador de seguridad</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Lector de seguridad</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Administrador de licencias</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Administrador de facturación</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Administrador de soporte técnico del servicio</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Administrador de Intune</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Administrador de dispositivos en la nube</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Administrador de aplicaciones</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Administrador de aplicaciones en la nube</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrador de roles con privilegios</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Administrador de autenticación</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrador de acceso condicional</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Lector de informes</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>Guía de PartnerDesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Quitar una relación de revendedor</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk sigue los pasos del Centro de partners: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Quitar relación de revendedor</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: busque el cliente (la búsqueda tiene en cuenta el nombre de la empresa, el dominio principal y el Id. de Microsoft) y ábralo con Entrar o con un doble clic.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: seleccione cada suscripción activa, elija %2 y luego %3, o suspéndalas todas con %4. Las suscripciones de la nueva experiencia comercial se siguen facturando mientras están suspendidas: cancélelas mientras su ventana de cancelación esté abierta; después, desactive la renovación automática y espere al final del plazo.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Suspender todas las activas…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: cancele las compras de software mientras su ventana de cancelación esté abierta. Las reservas de Azure se cancelan en Azure Portal.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Compras</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: %2 pasa a estar disponible en cuanto nada lo impide. Escriba el dominio principal del cliente para confirmar; justo antes de quitar la relación, PartnerDesk vuelve a leer el cliente del Centro de partners.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: obtenga el vínculo de invitación para solicitar o restablecer más adelante una relación con el cliente.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pasos siguientes</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Qué impide quitar la relación</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>una suscripción activa (o aún pendiente);</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>una suscripción de la nueva experiencia comercial que no se ha cancelado;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>una compra de software que aún se puede cancelar;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>una reserva de Azure.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>La página %1 enumera lo que queda, cada elemento con una forma de resolverlo, y habilita %2 en cuanto nada lo impide.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>El espacio aislado</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Sin una cuenta del Centro de partners, PartnerDesk trabaja con su espacio aislado integrado: clientes de demostración en este equipo, servidos igual que los sirve el Centro de partners. Nada de lo que se haga allí llega a Microsoft. Los cambios se conservan entre ejecuciones; %1 restaura los datos de demostración. La barra de estado indica a qué está conectado PartnerDesk.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Conexión con el Centro de partners</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk inicia sesión mediante un registro de aplicación que pertenece a su organización y que se crea una sola vez en su inquilino de partner:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>En el Centro de administración de Microsoft Entra, registre una nueva aplicación: solo cuentas de este directorio organizativo, sin URI de redirección (&lt;a href=&quot;%1&quot;&gt;los pasos de Microsoft&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>En %1, establezca %2 en %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>En %1, agregue el permiso delegado %2 de %3 y conceda el consentimiento de administrador. No se necesita ningún secreto de cliente.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>En %1, escriba su inquilino (su Id. de directorio o su dominio) y el Id. de aplicación (cliente) y, después, elija %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>Para quitar una relación de revendedor se necesita el rol Agente de administración (o Administrador global) en el Centro de partners. Los tokens se guardan solo en el llavero del sistema, nunca en archivos.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>El registro de auditoría</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Cada cambio que hace PartnerDesk, intento y resultado, se anota con el Id. de correlación del Centro de partners en el registro de auditoría: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Abrir &amp;registro de auditoría</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Cada cambio hecho por PartnerDesk, con su resultado</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>El registro de auditoría y los datos del espacio aislado</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Todavía no se ha registrado nada. El primer cambio realizado con PartnerDesk crea el registro de auditoría en %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>No se pudo iniciar ningún programa para mostrar el registro de auditoría. Es un archivo de texto con un registro JSON por línea: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>No se pudo iniciar ningún administrador de archivos. La carpeta de datos es %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Línea %1: «%2» no es un dominio principal, un Id. de cliente ni un Id. de Microsoft.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Línea %1: «%2» no es un dominio principal, un Id. de cliente ni un Id. de Microsoft (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Línea %1: «%2» ya aparece en la línea %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Línea %1: ningún cliente tiene «%2» como dominio principal, Id. de cliente o Id. de Microsoft.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Línea %1: «%2» designa a %3, ya designado en la línea %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Su organización es un revendedor indirecto: solo su proveedor indirecto (%1) puede quitar la relación de revendedor. Pídale que la quite.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>No se ha iniciado: el proceso se canceló antes de llegar a ella.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Cambiada con su suscripción base.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>no hay ningún bus de sesión D-Bus a través del cual acceder a un servicio de llavero</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>no se está ejecutando Secret Service (p. ej., GNOME Keyring) ni KWallet</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>No hay ningún llavero disponible (%1). La sesión seguirá iniciada hasta que se cierre PartnerDesk; no se guarda nada en el disco.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero lo rechazó: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>el llavero no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <comment>window title: customer — app</comment>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>Customers — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Clientes — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Guardar en un archivo CSV los clientes con el filtro actual</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>&amp;Restablecer espacio aislado…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Restablecer espacio aislado</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>¿Devolver los datos de demostración a su estado inicial? Se perderán todos los cambios realizados en el espacio aislado, incluidas las relaciones quitadas.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>Ac&amp;tividad</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Cada cambio realizado desde este equipo, con búsqueda y filtros</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Se ha exportado %Ln cliente a %1</numerusform>
            <numerusform>Se han exportado %Ln clientes a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>&amp;Buscar clientes</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>El vínculo de invitación está en el portapapeles.</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Se ha pedido a su programa de correo electrónico que abra un mensaje nuevo con el vínculo de invitación.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Obteniendo el vínculo de invitación…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>El vínculo de invitación no es una dirección https://.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Invitación a una relación de revendedor</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Estimado cliente:

Para que podamos administrar sus suscripciones de Microsoft como su revendedor, le rogamos que abra este vínculo, inicie sesión como administrador global y acepte la invitación:

%1

Le agradecemos su colaboración.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pasos siguientes</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Solicitar o restablecer una relación con un cliente</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Obtenga el vínculo de invitación para enviarlo al cliente.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Vínculo de invitación</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Copiar vínculo de invitación</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Abrir correo</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>Abrir un correo electrónico con el vínculo de invitación</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>No se pudo obtener el vínculo de invitación. %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>No hay ningún programa de correo electrónico configurado en este equipo, por lo que no se abrió ningún mensaje. Copie el vínculo y péguelo en un mensaje.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>El servicio de inicio de sesión dio una respuesta que PartnerDesk no entiende (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Su sesión ya no es válida. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>El registro de aplicación no permite este inicio de sesión. Compruebe el Id. de aplicación (cliente) y que estén permitidos los flujos de clientes públicos. Respuesta del servicio: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>El servicio de inicio de sesión rechazó la solicitud (%1): %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Baja del cliente %1 completada: se quitó la relación de revendedor.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>No se quitó la relación de revendedor con %1.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Sus roles (%1) no lo permiten. Pídalo a un administrador global o a un agente de administración.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>No se pudieron leer las relaciones de administrador; se dejan como están:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>No se sabe si se ha hecho: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Compruebe el estado con «partnerdesk-cli readiness %1» antes de volver a ejecutar offboard.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>No puede quitar la relación de revendedor.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Una suscripción de la nueva experiencia comercial cuya ventana de cancelación ha pasado se factura hasta el final de su plazo.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Desactive la renovación automática y espere al final del plazo; entonces la suscripción expira.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>%Ln suscripción de Azure del plan de Azure está activa: %1.</numerusform>
            <numerusform>%Ln suscripciones de Azure del plan de Azure están activas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Deshabilítelas en Azure Portal (Suscripciones) y, a continuación, suspenda el plan de Azure.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Hay un plan de ahorro de Azure activo.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Hay una reserva de Azure activa.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Cancélelo en Azure Portal (Planes de ahorro).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Cancélela o cámbiela en Azure Portal (Reservas).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>Suspender «%1»</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Cancelar «%1»</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Desactivar la renovación automática de «%1»</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Cancelar la compra de software «%1»</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Quitar la relación de revendedor</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Finalizar la relación de administrador «%1»</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(con sus complementos: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Qué se hará:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Qué impide quitarla y qué hacer:</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(hasta el %1)</translation>
    </message>
</context>
<context>
    <name>PartnerCenterClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>La dirección %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>El protocolo http:// sin cifrar solo se permite hacia este equipo (bucle invertido). Use https:// para %1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Solo se admiten direcciones https://, no %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>La página siguiente está en otro servidor (%1); no se ha solicitado.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>La respuesta indica que la relación es «%1», no «none».</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Datos de facturación</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Dominio principal:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Id. de Microsoft:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>Cancelando el pedido en el Centro de partners…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Cancelado. Se ha cancelado el pedido de %1.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ No cancelado. %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Product:</source>
        <comment>product and SKU ID</comment>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Id. de pedido:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expira:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Cancelable hasta:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Seleccione una compra para ver sus detalles y si todavía se puede cancelar.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Abrir Azure Portal</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Las reservas de Azure se cancelan o se intercambian en Azure Portal (o a través del soporte técnico de Azure), no en el Centro de partners. Cuando se haya cancelado allí, use Actualizar.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk no reconoce este tipo de compra, por lo que no puede cancelarla.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Su rol (%1) no permite cancelar compras. Puede hacerlo un agente de administración o un administrador global.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Esta compra se puede cancelar hasta %1. Se reembolsa según la directiva de cancelación de Microsoft; un pedido cancelado no se puede restaurar.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Detalles de la compra</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Se está cancelando el pedido…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Resultado desconocido. %1

Tampoco se pudo volver a leer el pedido. Compruebe su estado (se vuelve a leer ahora) antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Cancelar pedido de software</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>¿Cancelar el pedido de %1? La compra se reembolsa según la directiva de cancelación de Microsoft y no se puede restaurar.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Volver a leer las compras de este cliente desde el Centro de partners</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Compras de software y reservas de Azure</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>No se pudieron cargar las compras</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Cargando compras…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>No hay compras de software ni reservas de Azure</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Este cliente no ha comprado software ni reservas de Azure a través de usted, por lo que aquí no hay nada que impida quitar la relación.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln compra de software</numerusform>
            <numerusform>%Ln compras de software</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln reserva de Azure</numerusform>
            <numerusform>%Ln reservas de Azure</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>No se pudieron volver a leer las compras; se muestran como se leyeron la última vez. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de versión.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opciones desconocidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta valor tras «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado tras «%1».</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>La relación de revendedor con %1 se puede quitar.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>La relación de revendedor con %1 todavía no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Recomendado antes de quitar la relación</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Recomendado: finalice las relaciones de administrador</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Finalizar todas…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln relación de administrador sigue dando a su organización acceso de administrador al inquilino de este cliente. Quitar la relación no la finaliza ni la espera.</numerusform>
            <numerusform>%Ln relaciones de administrador siguen dando a su organización acceso de administrador al inquilino de este cliente. Quitar la relación no las finaliza ni las espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Suscripción activa: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Suscripción de la nueva experiencia comercial sin cancelar: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Reserva de Azure: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Compra de software aún cancelable: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Suscripciones aún no cargadas</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>No se pudieron cargar las suscripciones</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Suspenda esta suscripción.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Las suscripciones de la nueva experiencia comercial se siguen facturando mientras están suspendidas. Cancélela antes de %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Las reservas de Azure se cancelan en Azure Portal o a través del soporte técnico de Azure, no aquí.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Cancele el pedido antes de %1 o espere hasta entonces.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Se sabrá si la relación se puede quitar cuando se carguen las suscripciones del cliente.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Sin las suscripciones del cliente no se sabe si la relación se puede quitar. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>No se pudieron cargar las compras</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Sin las compras de software y las reservas de Azure del cliente no se sabe si la relación se puede quitar. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Plan de ahorro de Azure: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Suscripción de Marketplace: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Plan de Azure con suscripciones de Azure activas: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Suspenda esta suscripción. Sus complementos la siguen: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Ha pasado la ventana de cancelación. Desactive aquí la renovación automática; la suscripción sigue, y se factura, hasta %1, cuando termina el plazo.</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Ha pasado la ventana de cancelación y la renovación automática está desactivada. La suscripción sigue, y se factura, hasta %1, cuando termina el plazo.</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Cancele esta suscripción de Marketplace (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>%Ln suscripción de Azure de este plan está activa: %1. Deshabilítela en Azure Portal; hasta entonces, el Centro de partners no suspende el plan (error 900115).</numerusform>
            <numerusform>%Ln suscripciones de Azure de este plan están activas: %1. Deshabilítelas en Azure Portal; hasta entonces, el Centro de partners no suspende el plan (error 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Los planes de ahorro de Azure se cancelan en Azure Portal, no aquí.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Quitar relación de revendedor</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Finaliza su relación de revendedor con este cliente. Se le pedirá confirmación.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Su rol (%1) no permite quitar una relación de revendedor. Puede hacerlo un agente de administración, un agente de ventas o un administrador global.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>No hay ninguna suscripción activa y nada más impide quitar la relación.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Si alguna suscripción sigue activa, la acción Quitar relación de revendedor no está disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln suscripción activa</numerusform>
            <numerusform>%Ln suscripciones activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln elemento sigue impidiendo quitar la relación.</numerusform>
            <numerusform>%Ln elementos siguen impidiendo quitar la relación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Se ha quitado la relación de revendedor</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ Se ha quitado la relación de revendedor con %1 (%2). El cliente ya no está en su lista de clientes.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Relación de administrador «%1»: finalización solicitada; Microsoft Graph la finaliza en unos minutos.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Relación de administrador «%1»: no se sabe si se solicitó la finalización. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ La relación de administrador «%1» no se finalizó. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>No se pudieron leer las relaciones de administrador, así que no se finalizó ninguna. Compruébelas en el Centro de partners.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln relación de administrador con el cliente sigue activa: su organización conserva el acceso de administrador a su inquilino hasta que se finalice o expire.</numerusform>
            <numerusform>%Ln relaciones de administrador con el cliente siguen activas: su organización conserva el acceso de administrador a su inquilino hasta que se finalicen o expiren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Comprobando las suscripciones y compras del cliente…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Quitando la relación de revendedor…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>La relación de revendedor con %1 todavía no se puede quitar:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Se ha quitado la relación de revendedor con %1.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Para volver a trabajar con el cliente, envíele el vínculo de invitación que muestra «partnerdesk-cli request-link».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>«%1» no es el dominio principal de %2; no se ha cambiado nada. Escriba el dominio principal después de --confirm.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Compruébelo con «partnerdesk-cli customers --domain %1» antes de volver a intentarlo: si se quitó la relación, el cliente ya no aparece o no tiene ninguna relación.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Volviendo a comprobar las suscripciones…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Quitando la relación…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>No se ha quitado la relación</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Es posible que se haya quitado la relación</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Tampoco se pudo volver a leer el cliente. Antes de volver a intentarlo, compruebe en la lista de clientes si la relación de revendedor sigue existiendo.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>No se ha quitado. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>No se ha quitado. El Centro de partners indica ahora algo que impide quitar la relación, por lo que no se ha enviado nada. Se han actualizado las suscripciones.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Finalizando las relaciones de administrador…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>El archivo no es el diario de una ejecución masiva.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
</context>
<context>
    <name>RunReportModel</name>
    <message>
        <source>%1: %2</source>
        <comment>item: the server&apos;s error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer / action</source>
        <translation>Cliente / acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Detalles y qué hacer</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Id. de correlación</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Abrir el cliente seleccionado</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Sección siguiente de un cliente (Suscripciones, Compras, Cuenta)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Sección anterior de un cliente</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Control siguiente</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Control anterior</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Abrir un menú o usar el control cuya letra está subrayada</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+letra</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Para iniciar sesión, abra %1 en un explorador y escriba el código %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Esperando el inicio de sesión (el código es válido hasta %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No se ha iniciado sesión: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Sesión iniciada como %1, pero la sesión se perderá cuando termine este comando.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>El llavero no la ha guardado.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Sesión cerrada. Los comandos vuelven a usar el espacio aislado.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Su sesión ha expirado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Seleccione una suscripción para ver sus detalles y cambiar su estado.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Su rol (%1) no permite cambiar suscripciones. Puede hacerlo un agente de administración o un administrador global.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Una suscripción con el estado %1 ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Detalles de la suscripción</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Enviando el cambio…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Elija un estado distinto del actual.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Enviando el cambio al Centro de partners…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Listo. El estado de %1 ahora es %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Sin cambios. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Resultado desconocido. %1

Tampoco se pudo volver a leer la suscripción. Compruebe su estado (se vuelve a leer ahora) antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>¿Cancelar %1? Es definitivo: una suscripción cancelada de la nueva experiencia comercial no se puede reactivar. Se reembolsa según la directiva de cancelación de Microsoft.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Posible hasta %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Renovación automática al final del plazo</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>¿Cancelar %1? Es definitivo: una suscripción de Marketplace cancelada no se puede reactivar.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Desactivar la renovación automática</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>¿Desactivar la renovación automática de %1? Esto detiene la renovación, no la facturación: la suscripción sigue, y se factura, hasta %2, cuando termina el plazo.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Desactivar la renovación automática</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ La renovación automática de %1 está activada.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ La renovación automática de %1 está desactivada. La suscripción sigue hasta %2, cuando termina el plazo.</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Oferta:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>Id. de suscripción:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Suscripción base:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Complementos:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Ciclo de facturación:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Fin del compromiso:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Cancelable hasta:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Renovación automática:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Suspenderla suspende también %Ln complemento activo: %1.</numerusform>
            <numerusform>Suspenderla suspende también sus %Ln complementos activos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>%1. New commerce: billed while suspended; it must be cancelled, or run to its term end, before the relationship can be removed.</source>
        <translation>%1. Nueva experiencia comercial: se factura mientras está suspendida; hay que cancelarla, o esperar al final de su plazo, antes de poder quitar la relación.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (complemento)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Ciclo de facturación</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Fin del compromiso</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Cancelable hasta</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — complemento de %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 ahora está %2, con su suscripción base.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>Id. de suscripción</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>%1 no tiene suscripciones.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Suspender todas las activas…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Volver a leer las suscripciones de este cliente desde el Centro de partners</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Su rol (%1) no permite cambiar suscripciones.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Las suscripciones todavía se están cargando.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>La suspensión ya está en curso.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>No hay ninguna suscripción activa.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Suspender todas las suscripciones activas de este cliente, con un resultado para cada una</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>No se pudieron cargar las suscripciones</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Cargando suscripciones…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>No hay suscripciones</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Este cliente no tiene suscripciones con usted.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln suscripción</numerusform>
            <numerusform>%Ln suscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln activa</numerusform>
            <numerusform>%Ln activas</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>No se pudieron volver a leer las suscripciones; se muestran como se leyeron la última vez. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Suspender todas las suscripciones activas</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Se suspenden todas las suscripciones activas: primero las suscripciones base y después sus complementos. Si el Centro de partners pide que se reduzca el ritmo, PartnerDesk se adapta automáticamente.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Leyendo las suscripciones…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>No había ninguna suscripción activa. No hay nada que hacer.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Suspendidas: %1. Con error: %2. «Reintentar fallidas» vuelve a intentarlo con las que siguen activas.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — suspendida</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Suspendidas: %1. Con error: %2. Resultado desconocido: %3. Antes de volver a intentarlo, compruebe el estado de las marcadas con ⚠ en la lista Suscripciones.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — no se sabe si se suspendió: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>%1 de %Ln suscripción procesada…</numerusform>
            <numerusform>%1 de %Ln suscripciones procesadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Proceso interrumpido. Se ha suspendido %Ln suscripción; las demás no han cambiado.</numerusform>
            <numerusform>Proceso interrumpido. Se han suspendido %Ln suscripciones; las demás no han cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Listo: %Ln suscripción suspendida.</numerusform>
            <numerusform>✓ Listo: %Ln suscripciones suspendidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln suscripción</numerusform>
            <numerusform>%Ln suscripciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — complemento de %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Suspender %Ln suscripción</numerusform>
            <numerusform>Suspender %Ln suscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>Se suspenderá esta %Ln suscripción activa, primero las suscripciones base y después sus complementos. Las suscripciones de la nueva experiencia comercial se siguen facturando mientras están suspendidas.</numerusform>
            <numerusform>Se suspenderán estas %Ln suscripciones activas, primero las suscripciones base y después sus complementos. Las suscripciones de la nueva experiencia comercial se siguen facturando mientras están suspendidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Ninguna suscripción está activa. No hay nada que hacer.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>Suspendidas: %1 de %2.</translation>
    </message>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>%1 no tiene suscripciones activas.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Ya suspendido</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>No se ha suspendido %1 (%2):</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>El cliente no tiene ninguna suscripción con este Id.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: el cliente no tiene ninguna suscripción con este Id.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Id. de suscripción</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>No se sabe si se ha suspendido %1 (%2):</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Compruebe su estado con «partnerdesk-cli subscriptions %1» antes de volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Suspendiendo %Ln suscripción activa…</numerusform>
            <numerusform>Suspendiendo %Ln suscripciones activas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>El Centro de partners ha pedido reducir el ritmo: %Ln solicitud a la vez.</numerusform>
            <numerusform>El Centro de partners ha pedido reducir el ritmo: %Ln solicitudes a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Suspendida con su suscripción base.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>La relación de administrador «%1» tiene el estado %2: solo se puede finalizar una activa.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph no está conectado, por lo que aquí no se pueden finalizar las relaciones de administrador.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Agente de administración</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Agente de ventas</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Agente del departamento de soporte técnico</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>ningún rol del Centro de partners</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>roles no indicados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user principal name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WhoAmICommand</name>
    <message>
        <source>Unknown: the access token does not say who it belongs to.</source>
        <translation>Desconocido: el token de acceso no indica a quién pertenece.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punto de conexión: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Finaliza relaciones de revendedor de CSP y resuelve antes los impedimentos.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Punto de conexión compatible con el Centro de partners para esta ejecución (predeterminado: la cuenta elegida en el menú Archivo o, si no la hay, el espacio aislado integrado).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Archivo que contiene un token de acceso (o PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Idioma de la interfaz: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Muestra cuánto tardó en aparecer la ventana y sale.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint necesita --access-token-file o PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
