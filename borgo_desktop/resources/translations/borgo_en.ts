<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
    <context>
        <name>About</name>
        <message>
            <source>Il programma dell'ufficio di borgo di «Abitare in borgo» (Comune di Milano, Cascina Boldinasco, via De Lemene 51/55/59).</source>
            <translation>The program of the on-site office of “Abitare in borgo” (Comune di Milano, Cascina Boldinasco, via De Lemene 51/55/59).</translation>
        </message>
        <message>
            <source>Anagrafe degli inquilini, alloggi, piano di assegnazione, manutenzione, spazi comuni, comunità e accompagnamento sociale, con i dati cifrati sul disco.</source>
            <translation>Tenant registry, units, allocation plan, maintenance, shared spaces, community and social accompaniment, with the data encrypted on disk.</translation>
        </message>
        <message>
            <source>Versione {version} · Python {python} · Qt {qt} · PySide6 {pyside}</source>
            <translation>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</translation>
        </message>
        <message>
            <source>Informazioni su Borgo Desktop</source>
            <translation>About Borgo Desktop</translation>
        </message>
    </context>
    <context>
        <name>AccessTab</name>
        <message>
            <source>Nessuna persona scelta.</source>
            <translation>No person chosen.</translation>
        </message>
        <message>
            <source>Crea il rapporto (PDF e JSON)…</source>
            <translation>Create the report (PDF and JSON)…</translation>
        </message>
        <message>
            <source>Richiesta di accesso dell'interessato: cercare la persona per cognome, nome o codice fiscale, poi creare il rapporto con tutti i dati conservati su di lei. I file creati NON sono cifrati: consegnarli di persona o su un supporto protetto.</source>
            <translation>Data subject access request: search for the person by surname, name or tax code, then create the report with all the data held about them. The files created are NOT encrypted: hand them over in person or on a protected medium.</translation>
        </message>
        <message>
            <source>Scegliere una persona, non un nucleo o un alloggio.</source>
            <translation>Choose a person, not a household or a unit.</translation>
        </message>
        <message>
            <source>Persona scelta: {name} ({detail})</source>
            <translation>Person chosen: {name} ({detail})</translation>
        </message>
        <message>
            <source>Cartella del rapporto</source>
            <translation>Report folder</translation>
        </message>
        <message>
            <source>Rapporto creato</source>
            <translation>Report created</translation>
        </message>
        <message>
            <source>Creati {pdf} e {json}. I file non sono cifrati.</source>
            <translation>Created {pdf} and {json}. The files are not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Schede</source>
            <translation>Tabs</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Ruolo</source>
            <translation>Role</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Conferma</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>L'amministratore</source>
            <translation>The administrator</translation>
        </message>
        <message>
            <source>Chi gestisce utenti, copie di sicurezza e registro delle operazioni. Scelga una password lunga e facile da ricordare.</source>
            <translation>Who manages users, backups and the audit trail. Choose a long password that is easy to remember.</translation>
        </message>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>es. admin o m.rossi</source>
            <translation>e.g. admin or m.rossi</translation>
        </message>
        <message>
            <source>Nome e cognome</source>
            <translation>Full name</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Allerte di morosità dei miei nuclei</source>
            <translation>Arrears alerts of my households</translation>
        </message>
        <message>
            <source>Nuclei in morosità senza cartella sociale</source>
            <translation>Households in arrears without a case file</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Allerta</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>Dettaglio</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Vista</source>
            <translation>Seen</translation>
        </message>
        <message>
            <source>Apri la pratica</source>
            <translation>Open the arrears file</translation>
        </message>
        <message>
            <source>Apri una cartella</source>
            <translation>Open a case file</translation>
        </message>
    </context>
    <context>
        <name>Allocation</name>
        <message>
            <source>Attenzione</source>
            <translation>Warning</translation>
        </message>
    </context>
    <context>
        <name>AllocationPage</name>
        <message>
            <source>Piano di assegnazione</source>
            <translation>Allocation plan</translation>
        </message>
        <message>
            <source>Categorie e quote…</source>
            <translation>Categories and quotas…</translation>
        </message>
        <message>
            <source>Aggiorna</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Tutte le fasi</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Fase:</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <source>Nuclei in assegnazione</source>
            <translation>Households being allocated</translation>
        </message>
        <message>
            <source>Dopo l'ingresso: passi in scadenza</source>
            <translation>After the move: steps falling due</translation>
        </message>
        <message>
            <source>Doppio clic per aprire la scheda del nucleo</source>
            <translation>Double-click to open the household record</translation>
        </message>
        <message>
            <source>Dopo l'ingresso: passi in scadenza ({n} in ritardo)</source>
            <translation>After moving in: steps falling due ({n} late)</translation>
        </message>
        <message>
            <source>1 nucleo</source>
            <translation>1 household</translation>
        </message>
        <message>
            <source>{n} nuclei</source>
            <translation>{n} households</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Finestra aperta senza schermo (QT_QPA_PLATFORM={platform}): tutto pronto, il programma si chiude da solo.</source>
            <translation>Window opened without a screen (QT_QPA_PLATFORM={platform}): all ready, the program closes by itself.</translation>
        </message>
    </context>
    <context>
        <name>ArrearsFilePage</name>
        <message>
            <source>Apri nucleo</source>
            <translation>Open household</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Allerta</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>Dettaglio</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Seguito</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Passaggio</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Chi</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Debito</source>
            <translation>Debt</translation>
        </message>
        <message>
            <source>Causa</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Termine</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Lettera</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Stampa lettera</source>
            <translation>Print letter</translation>
        </message>
        <message>
            <source>Proposto il</source>
            <translation>Proposed on</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Instalments</translation>
        </message>
        <message>
            <source>Recuperato</source>
            <translation>Recovered</translation>
        </message>
        <message>
            <source>Da recuperare</source>
            <translation>Still owed</translation>
        </message>
        <message>
            <source>Rate non pagate</source>
            <translation>Instalments missed</translation>
        </message>
        <message>
            <source>Firmato il</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Rata</source>
            <translation>Instalment</translation>
        </message>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Importo</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Coperto</source>
            <translation>Covered</translation>
        </message>
        <message>
            <source>Nuovo piano…</source>
            <translation>New plan…</translation>
        </message>
        <message>
            <source>Firmato dal nucleo</source>
            <translation>Signed by the household</translation>
        </message>
        <message>
            <source>Rivedi…</source>
            <translation>Revise…</translation>
        </message>
        <message>
            <source>Stampa il piano</source>
            <translation>Print the plan</translation>
        </message>
        <message>
            <source>Aperta il</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Calo del reddito</source>
            <translation>Income drop</translation>
        </message>
        <message>
            <source>Documenti mancanti</source>
            <translation>Documents missing</translation>
        </message>
        <message>
            <source>Misure</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Nuova valutazione…</source>
            <translation>New assessment…</translation>
        </message>
        <message>
            <source>Aggiorna documenti e redditi…</source>
            <translation>Update documents and income…</translation>
        </message>
        <message>
            <source>Decidi…</source>
            <translation>Decide…</translation>
        </message>
        <message>
            <source>Allerte</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Percorso di sollecito</source>
            <translation>Reminder ladder</translation>
        </message>
        <message>
            <source>Piani di rientro</source>
            <translation>Repayment plans</translation>
        </message>
        <message>
            <source>Morosità incolpevole</source>
            <translation>No-fault arrears</translation>
        </message>
        <message>
            <source>Morosità – nucleo {code}</source>
            <translation>Arrears – household {code}</translation>
        </message>
        <message>
            <source>Debito {amount}</source>
            <translation>Owes {amount}</translation>
        </message>
        <message>
            <source>In regola</source>
            <translation>Paid up</translation>
        </message>
        <message>
            <source>Passi legali sospesi: {reasons}</source>
            <translation>Legal steps on hold: {reasons}</translation>
        </message>
        <message>
            <source>{name} · da pagare dal {since} · {months} mensilità</source>
            <translation>{name} · unpaid since {since} · {months} months of rent</translation>
        </message>
        <message>
            <source>da inviare</source>
            <translation>to send</translation>
        </message>
        <message>
            <source>Motivo del responsabile: {reason}</source>
            <translation>Manager's reason: {reason}</translation>
        </message>
        <message>
            <source>stampata</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>non pagata</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>pagata</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>Preparazione della stampa</source>
            <translation>Preparing the printout</translation>
        </message>
    </context>
    <context>
        <name>ArrearsListPage</name>
        <message>
            <source>Morosità</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>1 nucleo in ritardo</source>
            <translation>1 household behind</translation>
        </message>
        <message>
            <source>{n} nuclei in ritardo</source>
            <translation>{n} households behind</translation>
        </message>
        <message>
            <source>fino a 30 giorni</source>
            <translation>up to 30 days</translation>
        </message>
        <message>
            <source>31–60 giorni</source>
            <translation>31–60 days</translation>
        </message>
        <message>
            <source>61–90 giorni</source>
            <translation>61–90 days</translation>
        </message>
        <message>
            <source>oltre 90 giorni</source>
            <translation>over 90 days</translation>
        </message>
        <message>
            <source>Edificio:</source>
            <translation>Building:</translation>
        </message>
        <message>
            <source>Ritardo:</source>
            <translation>Late by:</translation>
        </message>
        <message>
            <source>Sollecito:</source>
            <translation>Reminder step:</translation>
        </message>
        <message>
            <source>Accompagnati:</source>
            <translation>Supported:</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Valutazione multidimensionale</source>
            <translation>Multidimensional assessment</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Punteggio: 1 = grave difficoltà … 5 = piena autonomia</source>
            <translation>Score: 1 = serious difficulty … 5 = fully autonomous</translation>
        </message>
        <message>
            <source>Punteggio</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Nota breve</source>
            <translation>Short note</translation>
        </message>
        <message>
            <source>non valutata</source>
            <translation>not assessed</translation>
        </message>
        <message>
            <source>Sintesi</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Causa</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Da quando</source>
            <translation>Since when</translation>
        </message>
        <message>
            <source>Reddito mensile prima</source>
            <translation>Monthly income before</translation>
        </message>
        <message>
            <source>Reddito mensile dopo</source>
            <translation>Monthly income after</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Valutazione di morosità incolpevole</source>
            <translation>No-fault arrears assessment</translation>
        </message>
        <message>
            <source>Finché la valutazione è in corso i passi legali sono sospesi.</source>
            <translation>While the assessment is pending, legal steps are on hold.</translation>
        </message>
        <message>
            <source>Documenti consegnati:</source>
            <translation>Documents handed in:</translation>
        </message>
    </context>
    <context>
        <name>AssignLineDialog</name>
        <message>
            <source>codice del nucleo, es. N-0012</source>
            <translation>household code, e.g. N-0012</translation>
        </message>
        <message>
            <source>Ricorda l'IBAN dell'ordinante per questo nucleo</source>
            <translation>Remember the payer's IBAN for this household</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Abbina il movimento a un nucleo</source>
            <translation>Assign the bank line to a household</translation>
        </message>
        <message>
            <source>Abbina</source>
            <translation>Assign</translation>
        </message>
    </context>
    <context>
        <name>AssignWorkerDialog</name>
        <message>
            <source>Assegna assistente sociale</source>
            <translation>Assign a social worker</translation>
        </message>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Nome e cognome</source>
            <translation>Full name</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Cerca in utente, operazione, dettaglio…</source>
            <translation>Search user, operation, detail…</translation>
        </message>
        <message>
            <source>Id del record</source>
            <translation>Record id</translation>
        </message>
        <message>
            <source>Dal giorno</source>
            <translation>From day</translation>
        </message>
        <message>
            <source>Al giorno</source>
            <translation>To day</translation>
        </message>
        <message>
            <source>Record:</source>
            <translation>Record:</translation>
        </message>
        <message>
            <source>Dal:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Al:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Verifica catena</source>
            <translation>Check the chain</translation>
        </message>
        <message>
            <source>Controlla che nessuna voce del registro sia stata modificata, tolta o spostata</source>
            <translation>Checks that no entry of the log was changed, removed or moved</translation>
        </message>
        <message>
            <source>Doppio clic: tutte le operazioni sullo stesso record</source>
            <translation>Double click: every operation on the same record</translation>
        </message>
        <message>
            <source>Registro delle operazioni</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>1 voce</source>
            <translation>1 entry</translation>
        </message>
        <message>
            <source>{n} voci</source>
            <translation>{n} entries</translation>
        </message>
        <message>
            <source>Utente:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Operazione:</source>
            <translation>Operation:</translation>
        </message>
        <message>
            <source>Verifica del registro</source>
            <translation>Checking the audit trail</translation>
        </message>
        <message>
            <source>Registro integro: {n} voci controllate, nessuna alterazione.</source>
            <translation>Audit trail intact: {n} entries checked, nothing altered.</translation>
        </message>
        <message>
            <source>Attenzione: il registro è stato alterato a partire dalla voce n. {seq}. {reason} Le {n} voci precedenti sono integre.</source>
            <translation>Warning: the audit trail was altered from entry no. {seq}. {reason} The {n} entries before it are intact.</translation>
        </message>
        <message>
            <source>Attenzione: il registro non coincide con le ancore firmate. {reason}</source>
            <translation>Warning: the log does not match the signed anchors. {reason}</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>nessuna copia di sicurezza</source>
            <translation>no backup yet</translation>
        </message>
        <message>
            <source>ultima copia di sicurezza {when}</source>
            <translation>last backup {when}</translation>
        </message>
        <message>
            <source>Copia di sicurezza in corso ({percent}%) · {last}</source>
            <translation>Backup in progress ({percent}%) · {last}</translation>
        </message>
        <message>
            <source>Copia di sicurezza non riuscita ({error}) · {last}</source>
            <translation>Backup failed ({error}) · {last}</translation>
        </message>
    </context>
    <context>
        <name>BookingForm</name>
        <message>
            <source>Nuova prenotazione</source>
            <translation>New booking</translation>
        </message>
        <message>
            <source>es. Festa di compleanno, doposcuola</source>
            <translation>e.g. Birthday party, after-school club</translation>
        </message>
        <message>
            <source>Nome e cognome, gruppo o associazione</source>
            <translation>Name, group or association</translation>
        </message>
        <message>
            <source>Una volta sola</source>
            <translation>Once only</translation>
        </message>
        <message>
            <source>Ogni settimana</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Ogni due settimane</source>
            <translation>Every other week</translation>
        </message>
        <message>
            <source>Ogni mese, stesso giorno della settimana</source>
            <translation>Every month, same weekday</translation>
        </message>
        <message>
            <source>non indicato</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>da scegliere</source>
            <translation>to be chosen</translation>
        </message>
        <message>
            <source>la prima volta (ora legale)</source>
            <translation>the first time (summer time)</translation>
        </message>
        <message>
            <source>la seconda volta (ora solare)</source>
            <translation>the second time (winter time)</translation>
        </message>
        <message>
            <source>es. registrata a posteriori</source>
            <translation>e.g. recorded afterwards</translation>
        </message>
        <message>
            <source>alle</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Spazio</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Chi prenota</source>
            <translation>Booked by</translation>
        </message>
        <message>
            <source>Tipo di richiedente</source>
            <translation>Kind of applicant</translation>
        </message>
        <message>
            <source>Recapito</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Giorno</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Dalle</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Ora ripetuta</source>
            <translation>Repeated hour</translation>
        </message>
        <message>
            <source>Perché nel passato</source>
            <translation>Why in the past</translation>
        </message>
        <message>
            <source>Ripetizione</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Fino al</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Partecipanti previsti</source>
            <translation>Expected participants</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>… e altre {count} date non disponibili.</source>
            <translation>… and {count} more dates not available.</translation>
        </message>
        <message>
            <source>Non disponibile:</source>
            <translation>Not available:</translation>
        </message>
        <message>
            <source>Libero: {when}.</source>
            <translation>Free: {when}.</translation>
        </message>
        <message>
            <source>Libere tutte le {count} date, dalla prima: {when}.</source>
            <translation>All {count} dates are free, from the first: {when}.</translation>
        </message>
        <message>
            <source>La prenotazione dovrà essere approvata dall'ufficio.</source>
            <translation>The booking will need the office's approval.</translation>
        </message>
        <message>
            <source>Altre date non disponibili: {count}.</source>
            <translation>Other dates not available: {count}.</translation>
        </message>
    </context>
    <context>
        <name>Borgo</name>
        <message>
            <source>Operazione non eseguita</source>
            <translation>Action not carried out</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{status}, dal {start}</source>
            <translation>{status}, from {start}</translation>
        </message>
        <message>
            <source>al {end}</source>
            <translation>to {end}</translation>
        </message>
    </context>
    <context>
        <name>BuildingForm</name>
        <message>
            <source>Nuovo edificio</source>
            <translation>New building</translation>
        </message>
        <message>
            <source>Modifica edificio {code}</source>
            <translation>Edit building {code}</translation>
        </message>
        <message>
            <source>&amp;Codice</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>&amp;Nome</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Indirizzo</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>C&amp;AP</source>
            <translation>Post&amp;code</translation>
        </message>
        <message>
            <source>C&amp;omune</source>
            <translation>T&amp;own</translation>
        </message>
        <message>
            <source>&amp;Municipio</source>
            <translation>&amp;Municipio</translation>
        </message>
        <message>
            <source>non indicato</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Il codice non si cambia: è parte del codice degli alloggi.</source>
            <translation>The code cannot change: it is part of the units' codes.</translation>
        </message>
    </context>
    <context>
        <name>CaseBox</name>
        <message>
            <source>Apri cartella</source>
            <translation>Open case file</translation>
        </message>
        <message>
            <source>Assegna assistente</source>
            <translation>Assign worker</translation>
        </message>
        <message>
            <source>Accessi d'équipe</source>
            <translation>Team access</translation>
        </message>
        <message>
            <source>Avvia percorso</source>
            <translation>Start a path</translation>
        </message>
        <message>
            <source>Nessun percorso di accompagnamento in corso.</source>
            <translation>No accompaniment path in progress.</translation>
        </message>
        <message>
            <source>Ha un'assistente sociale: {names}</source>
            <translation>Has a social worker: {names}</translation>
        </message>
        <message>
            <source>Ha un percorso di accompagnamento in corso.</source>
            <translation>Has an accompaniment path in progress.</translation>
        </message>
        <message>
            <source>Fase: {stage} · {what}{due} · assistenti sociali: {names}</source>
            <translation>Stage: {stage} · {what}{due} · social workers: {names}</translation>
        </message>
        <message>
            <source> entro il {date}</source>
            <translation> by {date}</translation>
        </message>
        <message>
            <source>da assegnare</source>
            <translation>to be assigned</translation>
        </message>
    </context>
    <context>
        <name>CaseModel</name>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Da fare</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Entro il</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Assistenti sociali</source>
            <translation>Social workers</translation>
        </message>
        <message>
            <source>da assegnare</source>
            <translation>to be assigned</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Valutazione</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Patto</source>
            <translation>Pact</translation>
        </message>
        <message>
            <source>Apri nucleo</source>
            <translation>Open household</translation>
        </message>
        <message>
            <source>Verifica patto</source>
            <translation>Review pact</translation>
        </message>
        <message>
            <source>Invio a servizio</source>
            <translation>Refer to a service</translation>
        </message>
        <message>
            <source>Stampa patto</source>
            <translation>Print pact</translation>
        </message>
        <message>
            <source>Sintesi per l'équipe</source>
            <translation>Team-meeting summary</translation>
        </message>
        <message>
            <source>Dati FSE+</source>
            <translation>ESF+ data</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Voce</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Contenuto</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Dimensione</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Punteggio</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Variazione</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>N.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Obiettivo</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Entro il</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Nuova nota</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Diario della cartella (doppio clic: correggere una nota, aggiornare un invio)</source>
            <translation>Case diary (double-click: correct a note, update a referral)</translation>
        </message>
        <message>
            <source>Ultima valutazione</source>
            <translation>Latest assessment</translation>
        </message>
        <message>
            <source>Obiettivi del patto</source>
            <translation>Goals of the pact</translation>
        </message>
        <message>
            <source>Mostra tutto il diario ({count} note precedenti)</source>
            <translation>Show the whole diary ({count} earlier notes)</translation>
        </message>
        <message>
            <source>Cartella sociale – nucleo {code}</source>
            <translation>Case file – household {code}</translation>
        </message>
        <message>
            <source>Da fare: {what}</source>
            <translation>To do: {what}</translation>
        </message>
        <message>
            <source> entro il {date}</source>
            <translation> by {date}</translation>
        </message>
        <message>
            <source>Aperta il {opened} ({origin}) · assistenti sociali: {workers} · primo colloquio entro il {first} · patto entro il {pact}</source>
            <translation>Opened on {opened} ({origin}) · social workers: {workers} · first meeting by {first} · pact by {pact}</translation>
        </message>
        <message>
            <source>Correzione: {kind}</source>
            <translation>Correction: {kind}</translation>
        </message>
        <message>
            <source>Verifica del patto</source>
            <translation>Pact review</translation>
        </message>
        <message>
            <source>obiettivo {n}: {outcome}</source>
            <translation>goal {n}: {outcome}</translation>
        </message>
        <message>
            <source>Invio a {service}</source>
            <translation>Referral to {service}</translation>
        </message>
        <message>
            <source>Fase: {stage}</source>
            <translation>Stage: {stage}</translation>
        </message>
        <message>
            <source>Ultima valutazione del {date}</source>
            <translation>Latest assessment, {date}</translation>
        </message>
        <message>
            <source>Nessuna valutazione</source>
            <translation>No assessment</translation>
        </message>
        <message>
            <source>Nessun patto</source>
            <translation>No pact</translation>
        </message>
        <message>
            <source>Patto in preparazione</source>
            <translation>Pact in preparation</translation>
        </message>
        <message>
            <source>Patto firmato il {date}</source>
            <translation>Pact signed on {date}</translation>
        </message>
        <message>
            <source>Passa a: {stage}</source>
            <translation>Move to: {stage}</translation>
        </message>
        <message>
            <source>Verifica a 6 mesi fatta</source>
            <translation>6-month follow-up done</translation>
        </message>
        <message>
            <source>Chiudi il percorso…</source>
            <translation>Close the path…</translation>
        </message>
        <message>
            <source>del {date}</source>
            <translation>of {date}</translation>
        </message>
        <message>
            <source>Preparazione del patto</source>
            <translation>Preparing the pact</translation>
        </message>
        <message>
            <source>Preparazione della sintesi</source>
            <translation>Preparing the summary</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>I miei casi</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>Percorsi di accompagnamento</source>
            <translation>Accompaniment paths</translation>
        </message>
        <message>
            <source>Accessi d'équipe</source>
            <translation>Team access</translation>
        </message>
        <message>
            <source>Chi altro può leggere la cartella scelta</source>
            <translation>Who else may read the chosen case file</translation>
        </message>
        <message>
            <source>Aggiorna</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Cerca nelle note dei miei casi…</source>
            <translation>Search the notes of my cases…</translation>
        </message>
        <message>
            <source>Caricamento annullato: «Aggiorna» per riprovare.</source>
            <translation>Loading cancelled: «Refresh» to try again.</translation>
        </message>
        <message>
            <source>Caricamento dei percorsi…</source>
            <translation>Loading the accompaniment paths…</translation>
        </message>
        <message>
            <source>Caricamento dei percorsi</source>
            <translation>Loading the accompaniment paths</translation>
        </message>
        <message>
            <source>{n} percorsi, {late} con scadenze superate</source>
            <translation>{n} paths, {late} with missed deadlines</translation>
        </message>
        <message>
            <source>Nessuna nota trovata.</source>
            <translation>No note found.</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>Categorie e quote</source>
            <translation>Categories and quotas</translation>
        </message>
        <message>
            <source>Nuova categoria</source>
            <translation>New category</translation>
        </message>
        <message>
            <source> alloggi</source>
            <translation> units</translation>
        </message>
        <message>
            <source>Attiva nel piano</source>
            <translation>Active in the plan</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Descrizione breve</source>
            <translation>Short description</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Salva categoria</source>
            <translation>Save category</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{code} — {label} (quota {quota})</source>
            <translation>{code} — {label} (quota {quota})</translation>
        </message>
        <message>
            <source>non attiva</source>
            <translation>inactive</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Cambia la mia password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Password attuale</source>
            <translation>Current password</translation>
        </message>
    </context>
    <context>
        <name>ChartTile</name>
        <message>
            <source>Calcolo in corso…</source>
            <translation>Working it out…</translation>
        </message>
        <message>
            <source>Clic per aprire l'elenco</source>
            <translation>Click to open the list</translation>
        </message>
        <message>
            <source>Apri</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Apri l'elenco</source>
            <translation>Open the list</translation>
        </message>
        <message>
            <source>PNG</source>
            <translation>PNG</translation>
        </message>
        <message>
            <source>Salva il grafico come immagine PNG</source>
            <translation>Save the chart as a PNG image</translation>
        </message>
        <message>
            <source>Nessun dato</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>Salva il grafico</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>Immagine PNG (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Chiusura del percorso</source>
            <translation>Closing the path</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>CommunicationArea</name>
        <message>
            <source>Modelli e invii</source>
            <translation>Templates and mailings</translation>
        </message>
        <message>
            <source>Registro delle consegne</source>
            <translation>Delivery log</translation>
        </message>
        <message>
            <source>Piano di comunicazione</source>
            <translation>Communication plan</translation>
        </message>
    </context>
    <context>
        <name>CommunityPage</name>
        <message>
            <source>Gruppi</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Eventi e partecipazione</source>
            <translation>Events and participation</translation>
        </message>
        <message>
            <source>Regolamento</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Turni autogestiti</source>
            <translation>Self-managed rotas</translation>
        </message>
        <message>
            <source>Servizi del quartiere</source>
            <translation>Neighbourhood services</translation>
        </message>
        <message>
            <source>Gruppo</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Scopo</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Membri</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Referenti</source>
            <translation>Contact people</translation>
        </message>
        <message>
            <source>Membro</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Dal</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Nuovo gruppo</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Aggiungi membri</source>
            <translation>Add members</translation>
        </message>
        <message>
            <source>Togli dal gruppo</source>
            <translation>Remove from the group</translation>
        </message>
        <message>
            <source>sì</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Referenti del gruppo</source>
            <translation>Contact people of the group</translation>
        </message>
        <message>
            <source>Persone</source>
            <translation>People</translation>
        </message>
        <message>
            <source>{name} non farà più parte del gruppo. Confermare?</source>
            <translation>{name} will no longer be part of the group. Confirm?</translation>
        </message>
        <message>
            <source>Anno </source>
            <translation>Year </translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evento</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Luogo</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Pubblico</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Abitanti</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Altri</source>
            <translation>Others</translation>
        </message>
        <message>
            <source>Totale</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Mese</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Eventi</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Abitanti diversi</source>
            <translation>Different residents</translation>
        </message>
        <message>
            <source>Presenze</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>Nuovo evento</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>Modifica evento</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>Elimina evento</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Partecipazione per mese e pubblico</source>
            <translation>Participation by month and audience</translation>
        </message>
        <message>
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Abitanti presenti</source>
            <translation>Residents present</translation>
        </message>
        <message>
            <source>Altri partecipanti (numero)</source>
            <translation>Other participants (number)</translation>
        </message>
        <message>
            <source>L'evento «{title}» e le sue presenze saranno eliminati. Confermare?</source>
            <translation>The event “{title}” and its attendance will be deleted. Confirm?</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Presa visione il</source>
            <translation>Acknowledged on</translation>
        </message>
        <message>
            <source>Nuova versione</source>
            <translation>New version</translation>
        </message>
        <message>
            <source>Registra presa visione</source>
            <translation>Record acknowledgement</translation>
        </message>
        <message>
            <source>Nessun regolamento registrato.</source>
            <translation>No house rules recorded.</translation>
        </message>
        <message>
            <source>«{title}», versione {version} in vigore dal {day}: presa visione di {signed} nuclei su {total}.</source>
            <translation>“{title}”, version {version} in force from {day}: acknowledged by {signed} of {total} households.</translation>
        </message>
        <message>
            <source>da firmare</source>
            <translation>to be signed</translation>
        </message>
        <message>
            <source>Nuova versione del regolamento</source>
            <translation>New version of the house rules</translation>
        </message>
        <message>
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>In vigore dal</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>Giorno</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Fatto</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Saltato</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Stampa turni</source>
            <translation>Print rota</translation>
        </message>
        <message>
            <source>Turni per la bacheca</source>
            <translation>Rota for the board</translation>
        </message>
        <message>
            <source>Nuovo servizio autogestito</source>
            <translation>New self-managed service</translation>
        </message>
        <message>
            <source>Pianifica turni</source>
            <translation>Plan turns</translation>
        </message>
        <message>
            <source> giorni</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Turno ogni</source>
            <translation>A turn every</translation>
        </message>
        <message>
            <source>Numero di turni</source>
            <translation>Number of turns</translation>
        </message>
        <message>
            <source>Nuclei, a rotazione</source>
            <translation>Households, in turn</translation>
        </message>
        <message>
            <source>Preparazione dei turni</source>
            <translation>Preparing the rota</translation>
        </message>
        <message>
            <source>Cerca per nome, indirizzo, orari, note</source>
            <translation>Search by name, address, hours, notes</translation>
        </message>
        <message>
            <source>Tutti i tipi</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Servizio</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Indirizzo</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Orari</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Nuovo servizio</source>
            <translation>New service</translation>
        </message>
        <message>
            <source>Modifica servizio</source>
            <translation>Edit service</translation>
        </message>
        <message>
            <source>Elimina servizio</source>
            <translation>Delete service</translation>
        </message>
        <message>
            <source>Stampa volantino</source>
            <translation>Print leaflet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Sito</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Modifica servizio del quartiere</source>
            <translation>Edit neighbourhood service</translation>
        </message>
        <message>
            <source>Nuovo servizio del quartiere</source>
            <translation>New neighbourhood service</translation>
        </message>
        <message>
            <source>«{name}» sarà tolto dall'elenco dei servizi. Confermare?</source>
            <translation>“{name}” will be removed from the services directory. Confirm?</translation>
        </message>
        <message>
            <source>Preparazione del volantino</source>
            <translation>Preparing the leaflet</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consensi di {name}</source>
            <translation>Consents of {name}</translation>
        </message>
        <message>
            <source>Finalità</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Dato il</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Revocato il</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Modalità</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Raccolto da</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Revoca il consenso selezionato</source>
            <translation>Withdraw the selected consent</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>es. numero del modulo firmato</source>
            <translation>e.g. number of the signed form</translation>
        </message>
        <message>
            <source>Raccolto</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Registra il consenso</source>
            <translation>Record the consent</translation>
        </message>
        <message>
            <source>Nuovo consenso</source>
            <translation>New consent</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>in vigore</source>
            <translation>in force</translation>
        </message>
        <message>
            <source>Revocare il consenso «{purpose}» con data {date}?</source>
            <translation>Withdraw the consent “{purpose}” as of {date}?</translation>
        </message>
        <message>
            <source>Revoca del consenso</source>
            <translation>Withdrawal of consent</translation>
        </message>
    </context>
    <context>
        <name>ConsentRegisterTab</name>
        <message>
            <source>Tutte le finalità</source>
            <translation>All purposes</translation>
        </message>
        <message>
            <source>Solo consensi in vigore</source>
            <translation>Only consents in force</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Finalità</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Dato il</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Revocato il</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Modalità</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Raccolto da</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <source>{n} consensi</source>
            <translation>{n} consents</translation>
        </message>
        <message>
            <source>in vigore</source>
            <translation>in force</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Errore imprevisto</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Si è verificato un errore imprevisto del programma.
I dati che stava inserendo sono ancora nella finestra: può chiudere questo messaggio e riprovare, oppure salvare e riavviare il programma.
Se il problema si ripete, copi i dettagli e li invii all'assistenza.</source>
            <translation>The program has run into an unexpected error.
What you were typing is still in the window: you can close this message and try again, or save and restart the program.
If it happens again, copy the details and send them to support.</translation>
        </message>
        <message>
            <source>Mostra dettagli</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Copia dettagli</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Morosità</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>Manutenzione</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Uso degli spazi comuni</source>
            <translation>Use of the shared rooms</translation>
        </message>
        <message>
            <source>Occupazione degli alloggi</source>
            <translation>Occupancy of the units</translation>
        </message>
        <message>
            <source>Accompagnamento</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <source>Partecipazione alla comunità</source>
            <translation>Community participation</translation>
        </message>
        <message>
            <source>Quote di assegnazione</source>
            <translation>Allocation quotas</translation>
        </message>
        <message>
            <source>Periodo</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Tutti gli edifici</source>
            <translation>All buildings</translation>
        </message>
        <message>
            <source>Aggiorna</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Periodo:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Edificio:</source>
            <translation>Building:</translation>
        </message>
        <message>
            <source>Pacchetto per il Comune…</source>
            <translation>Package for the Comune…</translation>
        </message>
        <message>
            <source>Indicatori…</source>
            <translation>Indicators…</translation>
        </message>
        <message>
            <source>Calcolo in corso…</source>
            <translation>Working it out…</translation>
        </message>
        <message>
            <source>Calcolo del cruscotto</source>
            <translation>Working out the dashboard</translation>
        </message>
    </context>
    <context>
        <name>DataProtectionDialog</name>
        <message>
            <source>Protezione dati</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <source>Accesso ai dati</source>
            <translation>Data access</translation>
        </message>
        <message>
            <source>Conservazione</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Registro dei consensi</source>
            <translation>Consent register</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Protezione dei dati personali</source>
            <translation>Personal data protection</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>gg/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Riconosciuta</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Non riconosciuta</source>
            <translation>Not recognised</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Calo del reddito: {drop}.</source>
            <translation>Income drop: {drop}.</translation>
        </message>
        <message>
            <source>Documenti mancanti: {docs}.</source>
            <translation>Documents missing: {docs}.</translation>
        </message>
        <message>
            <source>Decisione sulla morosità incolpevole</source>
            <translation>Decision on the no-fault arrears</translation>
        </message>
        <message>
            <source>Misure concordate:</source>
            <translation>Measures agreed:</translation>
        </message>
    </context>
    <context>
        <name>DeliveryBox</name>
        <message>
            <source>Comunicazioni ricevute</source>
            <translation>Communications received</translation>
        </message>
        <message>
            <source>Stampata il</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Comunicazione</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Modello</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Canale</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consegnata il</source>
            <translation>Delivered on</translation>
        </message>
        <message>
            <source>Ricevuta il</source>
            <translation>Receipt on</translation>
        </message>
        <message>
            <source>Nessuna comunicazione inviata a questo nucleo.</source>
            <translation>No communication sent to this household.</translation>
        </message>
        <message>
            <source>{name} (v. {version})</source>
            <translation>{name} (v. {version})</translation>
        </message>
        <message>
            <source>Comunicazioni ricevute ({count})</source>
            <translation>Communications received ({count})</translation>
        </message>
        <message>
            <source>Le {shown} più recenti di {total}; le altre nel registro delle consegne.</source>
            <translation>The latest {shown} of {total}; the others in the delivery log.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryLogPage</name>
        <message>
            <source>Registro delle consegne</source>
            <translation>Delivery log</translation>
        </message>
        <message>
            <source>1 consegna</source>
            <translation>1 delivery</translation>
        </message>
        <message>
            <source>{n} consegne</source>
            <translation>{n} deliveries</translation>
        </message>
        <message>
            <source>Canale:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Stato:</source>
            <translation>Status:</translation>
        </message>
    </context>
    <context>
        <name>DirtyDialog</name>
        <message>
            <source>Salva</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Modifiche non salvate</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Ci sono modifiche non salvate. Uscire senza salvare?</source>
            <translation>There are unsaved changes. Leave without saving?</translation>
        </message>
    </context>
    <context>
        <name>DismissLineDialog</name>
        <message>
            <source>Perché non è un pagamento del canone</source>
            <translation>Why it is not a rent payment</translation>
        </message>
        <message>
            <source>Scarta il movimento</source>
            <translation>Dismiss the bank line</translation>
        </message>
        <message>
            <source>Scarta</source>
            <translation>Dismiss</translation>
        </message>
    </context>
    <context>
        <name>EnableDialog</name>
        <message>
            <source>Riattiva {name}</source>
            <translation>Enable {name}</translation>
        </message>
        <message>
            <source>L'utente torna attivo con questa password temporanea, da cambiare al primo accesso.</source>
            <translation>The user is enabled again with this temporary password, to change at the next login.</translation>
        </message>
    </context>
    <context>
        <name>FileStep</name>
        <message>
            <source>1. Il file da importare</source>
            <translation>1. The file to import</translation>
        </message>
        <message>
            <source>&amp;Scegli il file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>Nessun file scelto.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <source>Scarica il &amp;modello…</source>
            <translation>Download &amp;template…</translation>
        </message>
        <message>
            <source>Salva un foglio Excel vuoto con le colonne giuste e le istruzioni per compilarlo.</source>
            <translation>Saves an empty Excel sheet with the right columns and instructions for filling it in.</translation>
        </message>
        <message>
            <source>Scegli il file da importare</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Fogli di calcolo (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Tutti i file (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Scarica il modello</source>
            <translation>Download the template</translation>
        </message>
        <message>
            <source>Foglio Excel (*.xlsx)</source>
            <translation>Excel sheet (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpBox</name>
        <message>
            <source>Dopo l'ingresso: passi in scadenza</source>
            <translation>After the move: steps falling due</translation>
        </message>
        <message>
            <source>Doppio clic per aprire la scheda del nucleo</source>
            <translation>Double-click to open the household record</translation>
        </message>
        <message>
            <source>Nessun passo in scadenza nelle prossime due settimane</source>
            <translation>No step falls due in the next two weeks</translation>
        </message>
        <message>
            <source>{n} passi entro due settimane, {late} in ritardo</source>
            <translation>{n} steps within two weeks, {late} overdue</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Passo</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Entro il</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>FormErrors</name>
        <message>
            <source>Il modulo contiene un errore: correggere il campo evidenziato.</source>
            <translation>The form contains an error: please correct the highlighted field.</translation>
        </message>
        <message>
            <source>Il modulo contiene {n} errori: correggere i campi evidenziati.</source>
            <translation>The form contains {n} errors: please correct the highlighted fields.</translation>
        </message>
    </context>
    <context>
        <name>GrantsDialog</name>
        <message>
            <source>Accessi d'équipe – nucleo {code}</source>
            <translation>Team access – household {code}</translation>
        </message>
        <message>
            <source>Oltre alle assistenti sociali assegnate, queste persone possono leggere la cartella. Ogni accesso resta nel registro.</source>
            <translation>Besides the assigned social workers, these people may read the case file. Every access stays in the audit log.</translation>
        </message>
        <message>
            <source>Assistente sociale</source>
            <translation>Social worker</translation>
        </message>
        <message>
            <source>Ambito</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Dal</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Revoca accesso</source>
            <translation>Revoke access</translation>
        </message>
        <message>
            <source>nome utente</source>
            <translation>username</translation>
        </message>
        <message>
            <source>per esempio: sostituzione per ferie</source>
            <translation>for example: holiday cover</translation>
        </message>
        <message>
            <source>Concedi accesso</source>
            <translation>Grant access</translation>
        </message>
        <message>
            <source>Nuovo accesso a questa cartella</source>
            <translation>New access to this case file</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tutte le cartelle</source>
            <translation>All case files</translation>
        </message>
        <message>
            <source>Questa cartella</source>
            <translation>This case file</translation>
        </message>
        <message>
            <source>Nessun accesso d'équipe in vigore.</source>
            <translation>No team access in force.</translation>
        </message>
        <message>
            <source>Un accesso a tutte le cartelle si revoca dalle regole d'équipe.</source>
            <translation>An access to all case files is revoked from the team rules.</translation>
        </message>
    </context>
    <context>
        <name>GuestDialog</name>
        <message>
            <source>Nucleo che ospita</source>
            <translation>Hosting household</translation>
        </message>
        <message>
            <source>Nome dell'ospite</source>
            <translation>Guest's name</translation>
        </message>
        <message>
            <source>Codice fiscale (se noto)</source>
            <translation>Tax code (if known)</translation>
        </message>
        <message>
            <source>Rapporto con il nucleo</source>
            <translation>Relation to the household</translation>
        </message>
        <message>
            <source>Dal</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Fino al</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Registra un ospite</source>
            <translation>Register a guest</translation>
        </message>
        <message>
            <source>Le regole consentono l'ospitalità per un periodo limitato e con l'autorizzazione dell'ufficio.</source>
            <translation>The rules allow a guest for a limited period, with the office's authorisation.</translation>
        </message>
    </context>
    <context>
        <name>GuestsPanel</name>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Ospite</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Rapporto</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Dal</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Fino al</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Autorizzata il</source>
            <translation>Authorised on</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Mostra anche le ospitalità terminate</source>
            <translation>Also show ended stays</translation>
        </message>
        <message>
            <source>Registra ospite…</source>
            <translation>Register a guest…</translation>
        </message>
        <message>
            <source>Autorizza</source>
            <translation>Authorise</translation>
        </message>
        <message>
            <source>Rinnova…</source>
            <translation>Renew…</translation>
        </message>
        <message>
            <source>Ospitalità terminata</source>
            <translation>Stay ended</translation>
        </message>
        <message>
            <source>Segnala come violazione…</source>
            <translation>Report as a violation…</translation>
        </message>
        <message>
            <source> (rinnovo)</source>
            <translation> (renewal)</translation>
        </message>
        <message>
            <source>Limiti del regolamento: {months} mesi per volta ({family} per genitori e figli), {renewals} rinnovo con autorizzazione dell'ufficio.</source>
            <translation>Limits of the rules: {months} months at a time ({family} for parents and children), {renewals} renewal with the office's authorisation.</translation>
        </message>
        <message>
            <source>{n} oltre il periodo consentito</source>
            <translation>{n} past the period allowed</translation>
        </message>
        <message>
            <source>{n} da autorizzare</source>
            <translation>{n} to authorise</translation>
        </message>
        <message>
            <source>{name} è ancora ospite del nucleo dopo il {day}, fine del periodo autorizzato.</source>
            <translation>{name} is still a guest of the household after {day}, the end of the authorised period.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>A&amp;iuto</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Guida	F1</source>
            <translation>&amp;Guide	F1</translation>
        </message>
        <message>
            <source>&amp;Informazioni su Borgo Desktop…</source>
            <translation>&amp;About Borgo Desktop…</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Guida di Borgo Desktop</source>
            <translation>Borgo Desktop guide</translation>
        </message>
        <message>
            <source>Pagina della guida</source>
            <translation>Guide page</translation>
        </message>
        <message>
            <source>&amp;Indietro</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Sommario</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <source>&amp;Chiudi</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Guida – {page}</source>
            <translation>Guide – {page}</translation>
        </message>
    </context>
    <context>
        <name>HouseholdForm</name>
        <message>
            <source>Nuovo nucleo familiare</source>
            <translation>New household</translation>
        </message>
        <message>
            <source>Modifica nucleo {code}</source>
            <translation>Edit household {code}</translation>
        </message>
        <message>
            <source>Dati del nucleo</source>
            <translation>Household details</translation>
        </message>
        <message>
            <source>Nessuna categoria</source>
            <translation>No category</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Lingua preferita</source>
            <translation>Preferred language</translation>
        </message>
        <message>
            <source>Categoria del piano</source>
            <translation>Plan category</translation>
        </message>
        <message>
            <source>ISEE (€)</source>
            <translation>ISEE (€)</translation>
        </message>
        <message>
            <source>Scadenza ISEE</source>
            <translation>ISEE expiry date</translation>
        </message>
        <message>
            <source>Protocollo DSU</source>
            <translation>DSU reference no.</translation>
        </message>
        <message>
            <source>Consenso privacy il</source>
            <translation>Privacy consent on</translation>
        </message>
        <message>
            <source>Consenso contatti il</source>
            <translation>Contact consent on</translation>
        </message>
        <message>
            <source>Consenso foto il</source>
            <translation>Photo consent on</translation>
        </message>
        <message>
            <source>Serve un alloggio accessibile</source>
            <translation>Needs an accessible unit</translation>
        </message>
        <message>
            <source>Vulnerabilità</source>
            <translation>Vulnerabilities</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Componenti</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Aggiungi componente</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Rimuovi componente</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <source>Una scheda per componente: la prima è l'intestatario. I campi con * sono obbligatori.</source>
            <translation>One tab per member: the first is the reference person. Fields marked * are required.</translation>
        </message>
        <message>
            <source>Dato riservato: lasciare vuoto per non cambiarlo.</source>
            <translation>Restricted data: leave empty to keep it unchanged.</translation>
        </message>
        <message>
            <source>riservato</source>
            <translation>restricted</translation>
        </message>
        <message>
            <source>Importo ISEE non leggibile: usare il formato 12.345,67</source>
            <translation>The ISEE amount cannot be read: use the format 12.345,67</translation>
        </message>
    </context>
    <context>
        <name>HouseholdListPage</name>
        <message>
            <source>Nuclei familiari</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>1 nucleo</source>
            <translation>1 household</translation>
        </message>
        <message>
            <source>{n} nuclei</source>
            <translation>{n} households</translation>
        </message>
        <message>
            <source>Stato:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Fase:</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <source>Categoria:</source>
            <translation>Category:</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Modifica nucleo</source>
            <translation>Edit household</translation>
        </message>
        <message>
            <source>Aggiungi componente</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Stampa scheda</source>
            <translation>Print record</translation>
        </message>
        <message>
            <source>Segnala guasto</source>
            <translation>Report a fault</translation>
        </message>
        <message>
            <source>Registro operazioni</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Morosità</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>ISEE</source>
            <translation>ISEE</translation>
        </message>
        <message>
            <source>Vulnerabilità</source>
            <translation>Vulnerabilities</translation>
        </message>
        <message>
            <source>Protocollo DSU</source>
            <translation>DSU reference no.</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Lingua</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Consenso privacy</source>
            <translation>Privacy consent</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Accompagnamento sociale</source>
            <translation>Social accompaniment</translation>
        </message>
        <message>
            <source>Assegnazione</source>
            <translation>Allocation</translation>
        </message>
        <message>
            <source>Ingresso nell'alloggio</source>
            <translation>Moving in</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relazione</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <source>Data di nascita</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Età</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Modifica persona</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>Esce dal nucleo</source>
            <translation>Leaves the household</translation>
        </message>
        <message>
            <source>Consensi</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Componenti</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Entrato il</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <source>Uscito il</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Componenti usciti</source>
            <translation>Former members</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Scala e piano</source>
            <translation>Staircase and floor</translation>
        </message>
        <message>
            <source>Superficie e locali</source>
            <translation>Floor area and rooms</translation>
        </message>
        <message>
            <source>Regime</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Accessibile</source>
            <translation>Accessible</translation>
        </message>
        <message>
            <source>Contratto</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>Canone mensile</source>
            <translation>Monthly rent</translation>
        </message>
        <message>
            <source>Spese</source>
            <translation>Service charges</translation>
        </message>
        <message>
            <source>Deposito cauzionale</source>
            <translation>Security deposit</translation>
        </message>
        <message>
            <source>Apri scheda alloggio</source>
            <translation>Open unit record</translation>
        </message>
        <message>
            <source>Alloggio e contratto</source>
            <translation>Unit and lease</translation>
        </message>
        <message>
            <source>Nucleo {code}</source>
            <translation>Household {code}</translation>
        </message>
        <message>
            <source>Nessuna</source>
            <translation>None</translation>
        </message>
        <message>
            <source>serve alloggio accessibile</source>
            <translation>needs an accessible unit</translation>
        </message>
        <message>
            <source>dati riservati</source>
            <translation>restricted data</translation>
        </message>
        <message>
            <source>Riservato</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <source>Non presentato</source>
            <translation>Not submitted</translation>
        </message>
        <message>
            <source>scaduto il {date}</source>
            <translation>expired on {date}</translation>
        </message>
        <message>
            <source>valido fino al {date}</source>
            <translation>valid until {date}</translation>
        </message>
        <message>
            <source>Non raccolto</source>
            <translation>Not collected</translation>
        </message>
        <message>
            <source>Nessun alloggio</source>
            <translation>No unit</translation>
        </message>
        <message>
            <source>scala {s}, piano {f}</source>
            <translation>staircase {s}, floor {f}</translation>
        </message>
        <message>
            <source>{m2} m², {rooms} locali</source>
            <translation>{m2} m², {rooms} rooms</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Nessun contratto in corso</source>
            <translation>No active lease</translation>
        </message>
        <message>
            <source>{name} esce dal nucleo con data {date}. Confermare?</source>
            <translation>{name} leaves the household as of {date}. Confirm?</translation>
        </message>
        <message>
            <source>Uscita dal nucleo</source>
            <translation>Leaving the household</translation>
        </message>
        <message>
            <source>Preparazione della scheda</source>
            <translation>Preparing the record</translation>
        </message>
        <message>
            <source>Alloggio {code}</source>
            <translation>Unit {code}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>2. Controllo e anteprima</source>
            <translation>2. Check and preview</translation>
        </message>
        <message>
            <source>Anteprima del file</source>
            <translation>File preview</translation>
        </message>
        <message>
            <source>Salva elenco &amp;problemi…</source>
            <translation>Save &amp;problem list…</translation>
        </message>
        <message>
            <source>&amp;Importa</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Modello salvato in {path}: compilarlo e sceglierlo con «Scegli il file…».</source>
            <translation>Template saved to {path}: fill it in, then pick it with “Choose file…”.</translation>
        </message>
        <message>
            <source>Controllo delle righe…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>Controllo del file in corso…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Controllo del file</source>
            <translation>Checking the file</translation>
        </message>
        <message>
            <source>Controllo annullato: scegliere di nuovo il file.</source>
            <translation>Check cancelled: choose the file again.</translation>
        </message>
        <message>
            <source>Problemi trovati: {count}</source>
            <translation>Problems found: {count}</translation>
        </message>
        <message>
            <source>Nessun problema trovato.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>Il file non si può leggere come tabella: vedere il messaggio sopra.</source>
            <translation>The file cannot be read as a table: see the message above.</translation>
        </message>
        <message>
            <source>Anteprima delle prime {shown} righe su {total}; il controllo le comprende tutte.</source>
            <translation>Preview of the first {shown} rows of {total}; the check covers them all.</translation>
        </message>
        <message>
            <source>Righe di dati nel file: {total}.</source>
            <translation>Data rows in the file: {total}.</translation>
        </message>
        <message>
            <source>Passare il mouse su una cella rossa per leggere il problema.</source>
            <translation>Hover over a red cell to read the problem.</translation>
        </message>
        <message>
            <source>La riga {row} non è nell'anteprima (sono mostrate le prime {shown} righe).</source>
            <translation>Row {row} is not in the preview (only the first {shown} rows are shown).</translation>
        </message>
        <message>
            <source>Salva elenco problemi</source>
            <translation>Save problem list</translation>
        </message>
        <message>
            <source>File CSV (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Elenco dei problemi salvato in {path}.</source>
            <translation>Problem list saved to {path}.</translation>
        </message>
        <message>
            <source>Importazione in corso…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Importazione annullata: nessun dato scritto.</source>
            <translation>Import cancelled: nothing was written.</translation>
        </message>
        <message>
            <source>Operazione non eseguita</source>
            <translation>Action not carried out</translation>
        </message>
        <message>
            <source>Errore imprevisto del programma: l'operazione non è stata completata e nessun dato è stato scritto. Si può riprovare.</source>
            <translation>Unexpected program error: the operation was not completed and nothing was written. You can try again.</translation>
        </message>
        <message>
            <source>Scegliere un file per controllarlo e vederne l'anteprima.</source>
            <translation>Choose a file to check it and preview it.</translation>
        </message>
        <message>
            <source>(senza titolo)</source>
            <translation>(no heading)</translation>
        </message>
        <message>
            <source>Importa nuclei da foglio di calcolo</source>
            <translation>Import households from a spreadsheet</translation>
        </message>
        <message>
            <source>Un file Excel (.xlsx) o CSV con una riga per persona: le righe con lo stesso «Codice nucleo» formano un nucleo, che ha esattamente un Intestatario. Le intestazioni vanno nella prima riga.
Colonne obbligatorie: {required}.
Colonne facoltative: {optional}.
Il file viene controllato per intero prima di scrivere: finché non si preme «Importa» non viene salvato nulla.</source>
            <translation>An Excel (.xlsx) or CSV file with one row per person: rows with the same “Codice nucleo” make up one household, which has exactly one Intestatario (reference person). Column headings go in the first row; they stay in Italian, as in the template.
Required columns: {required}.
Optional columns: {optional}.
The whole file is checked before anything is written: nothing is saved until you press “Import”.</translation>
        </message>
        <message>
            <source>Importa solo i nuclei &amp;validi (salta quelli con errori)</source>
            <translation>Import only &amp;valid households (skip those with errors)</translation>
        </message>
        <message>
            <source>Nuclei scritti: {done} di {total}</source>
            <translation>Households written: {done} of {total}</translation>
        </message>
        <message>
            <source>Importa alloggi da foglio di calcolo</source>
            <translation>Import units from a spreadsheet</translation>
        </message>
        <message>
            <source>Un file Excel (.xlsx) o CSV con una riga per alloggio, negli edifici già presenti; le righe di titolo sopra le intestazioni sono ignorate.
Colonne obbligatorie: {required}.
Colonne facoltative: {optional}.
Il file viene controllato per intero prima di scrivere: finché non si preme «Importa» non viene salvato nulla.</source>
            <translation>An Excel (.xlsx) or CSV file with one row per unit, in buildings already entered; title lines above the headers are ignored.
Required columns: {required}.
Optional columns: {optional}.
The whole file is checked before anything is written: nothing is saved until you press «Import».</translation>
        </message>
        <message>
            <source>Importa solo le righe &amp;valide (salta quelle con errori)</source>
            <translation>Import only the &amp;valid rows (skip those with errors)</translation>
        </message>
        <message>
            <source>Alloggi scritti: {done} di {total}</source>
            <translation>Units written: {done} of {total}</translation>
        </message>
    </context>
    <context>
        <name>ImportStatementDialog</name>
        <message>
            <source>Importa un estratto conto della banca</source>
            <translation>Import a bank statement</translation>
        </message>
        <message>
            <source>abbinato</source>
            <translation>matched</translation>
        </message>
        <message>
            <source>da abbinare</source>
            <translation>to assign</translation>
        </message>
        <message>
            <source>ignorato</source>
            <translation>ignored</translation>
        </message>
        <message>
            <source>già importato</source>
            <translation>already imported</translation>
        </message>
        <message>
            <source>file .xml (CAMT.053) o .csv della banca</source>
            <translation>the bank's .xml (CAMT.053) or .csv file</translation>
        </message>
        <message>
            <source>File dell'estratto conto</source>
            <translation>Statement file</translation>
        </message>
        <message>
            <source>Sfoglia…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Scegliere l'estratto conto scaricato dall'home banking: il formato XML CAMT.053 oppure il file CSV. Prima dell'importazione si vede che cosa diventerà ogni movimento; un file già importato non aggiunge nulla.</source>
            <translation>Choose the statement downloaded from home banking: the CAMT.053 XML format or the CSV file. Before importing you see what each line will become; a file already imported adds nothing.</translation>
        </message>
        <message>
            <source>Riga</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Importo</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Ordinante</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Anteprima</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Indietro</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Estratto conto</source>
            <translation>Statement of account</translation>
        </message>
        <message>
            <source>Estratti conto (*.xml *.csv);;Tutti i file (*)</source>
            <translation>Bank statements (*.xml *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Importa</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Scegliere il file dell'estratto conto.</source>
            <translation>Choose the statement file.</translation>
        </message>
        <message>
            <source>Lettura dell'estratto conto</source>
            <translation>Reading the statement</translation>
        </message>
        <message>
            <source>Importazione dei pagamenti</source>
            <translation>Importing the payments</translation>
        </message>
        <message>
            <source>Nulla è stato importato.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>{total} movimenti: {matched} abbinati, {queued} da abbinare a mano, {ignored} ignorati, {duplicate} già importati.</source>
            <translation>{total} lines: {matched} matched, {queued} to assign by hand, {ignored} ignored, {duplicate} already imported.</translation>
        </message>
        <message>
            <source>Anteprima del conto {iban}: nulla è ancora stato scritto.</source>
            <translation>Preview of account {iban}: nothing has been written yet.</translation>
        </message>
        <message>
            <source>Importazione completata.</source>
            <translation>Import completed.</translation>
        </message>
    </context>
    <context>
        <name>ImportsPanel</name>
        <message>
            <source>Importa estratto conto…</source>
            <translation>Import a bank statement…</translation>
        </message>
        <message>
            <source>Importato il</source>
            <translation>Imported on</translation>
        </message>
        <message>
            <source>Da</source>
            <translation>By</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Formato</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Conto</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Movimenti</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Abbinati</source>
            <translation>Matched</translation>
        </message>
        <message>
            <source>Da abbinare</source>
            <translation>To be matched</translation>
        </message>
        <message>
            <source>Ignorati</source>
            <translation>Ignored</translation>
        </message>
        <message>
            <source>Già importati</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Nessun estratto conto importato finora.</source>
            <translation>No bank statement imported yet.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsDialog</name>
        <message>
            <source>Indicatori per il Comune</source>
            <translation>Indicators for the Comune</translation>
        </message>
        <message>
            <source>Pos.</source>
            <translation>Pos.</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Codice Comune</source>
            <translation>Comune code</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Unità</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Funzione</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Attivo</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Codice:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Codice Comune:</source>
            <translation>Comune code:</translation>
        </message>
        <message>
            <source>Descrizione:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Unità:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Funzione:</source>
            <translation>Function:</translation>
        </message>
        <message>
            <source>Posizione:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Salva l'indicatore</source>
            <translation>Save the indicator</translation>
        </message>
        <message>
            <source>Nuovo indicatore</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <source>Ripristina predefinito</source>
            <translation>Restore the default</translation>
        </message>
        <message>
            <source>Importa l'elenco del Comune…</source>
            <translation>Import the Comune's list…</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Indicatore {code} salvato.</source>
            <translation>Indicator {code} saved.</translation>
        </message>
        <message>
            <source>Indicatore {code} riportato al predefinito.</source>
            <translation>Indicator {code} restored to its default.</translation>
        </message>
        <message>
            <source>Elenco degli indicatori del Comune</source>
            <translation>The Comune's list of indicators</translation>
        </message>
        <message>
            <source>Fogli di calcolo (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Riga {row}, «{column}»: {reason}</source>
            <translation>Row {row}, “{column}”: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LadderStepDialog</name>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Causa emersa nel colloquio</source>
            <translation>Cause found at the meeting</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Affidata a</source>
            <translation>Handed to</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Motivo per procedere comunque</source>
            <translation>Reason to go ahead all the same</translation>
        </message>
        <message>
            <source>Nucleo {code}: debito di {amount}.</source>
            <translation>Household {code}: owes {amount}.</translation>
        </message>
        <message>
            <source>Il nucleo è sostenuto ({reasons}): un passo legale è possibile solo indicando il motivo.</source>
            <translation>The household is supported ({reasons}): a legal step needs a stated reason.</translation>
        </message>
    </context>
    <context>
        <name>LedgerArea</name>
        <message>
            <source>Morosità</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>Estratti conto importati</source>
            <translation>Imported statements</translation>
        </message>
        <message>
            <source>Da abbinare ({n})</source>
            <translation>To assign ({n})</translation>
        </message>
        <message>
            <source>Da abbinare</source>
            <translation>To be matched</translation>
        </message>
    </context>
    <context>
        <name>LedgerBox</name>
        <message>
            <source>Canone e pagamenti</source>
            <translation>Rent and payments</translation>
        </message>
        <message>
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Non pagato dal</source>
            <translation>Unpaid since</translation>
        </message>
        <message>
            <source>Mensilità dovute</source>
            <translation>Months of rent owed</translation>
        </message>
        <message>
            <source>Per anzianità</source>
            <translation>By age</translation>
        </message>
        <message>
            <source>Canone e spese al mese</source>
            <translation>Rent and charges a month</translation>
        </message>
        <message>
            <source>Ultimo pagamento</source>
            <translation>Last payment</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Voce</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Addebito</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Pagamento</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Nessun addebito né pagamento registrato.</source>
            <translation>No charge or payment recorded.</translation>
        </message>
        <message>
            <source>Registra pagamento…</source>
            <translation>Record a payment…</translation>
        </message>
        <message>
            <source>Estratto conto</source>
            <translation>Statement of account</translation>
        </message>
        <message>
            <source>{amount} da pagare</source>
            <translation>{amount} owed</translation>
        </message>
        <message>
            <source>{amount} a credito</source>
            <translation>{amount} in credit</translation>
        </message>
        <message>
            <source>in regola</source>
            <translation>up to date</translation>
        </message>
        <message>
            <source>{day} ({days} giorni)</source>
            <translation>{day} ({days} days)</translation>
        </message>
        <message>
            <source>Pagamento di {amount} registrato, ricevuta n. {no}.</source>
            <translation>Payment of {amount} recorded, receipt no. {no}.</translation>
        </message>
        <message>
            <source>Stampa della ricevuta</source>
            <translation>Printing the receipt</translation>
        </message>
        <message>
            <source>Preparazione dell'estratto conto</source>
            <translation>Preparing the statement of account</translation>
        </message>
    </context>
    <context>
        <name>LedgerLines</name>
        <message>
            <source>storno</source>
            <translation>reversal</translation>
        </message>
        <message>
            <source>accredito</source>
            <translation>credit</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Esporta…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Stampa…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Filtra per nome o codice…</source>
            <translation>Filter by name or code…</translation>
        </message>
        <message>
            <source>Filtro di testo</source>
            <translation>Text filter</translation>
        </message>
        <message>
            <source>Tutti</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Doppio clic o Invio per aprire</source>
            <translation>Double-click or press Enter to open</translation>
        </message>
        <message>
            <source>Esporta elenco</source>
            <translation>Export list</translation>
        </message>
        <message>
            <source>Cartella di lavoro Excel (*.xlsx);;Testo CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
        </message>
        <message>
            <source>Esportazione dell'elenco</source>
            <translation>Exporting the list</translation>
        </message>
        <message>
            <source>Righe scritte: {done} di {total}</source>
            <translation>Rows written: {done} of {total}</translation>
        </message>
        <message>
            <source>{count} righe esportate in {path}. Il file NON è cifrato: contiene dati personali in chiaro.</source>
            <translation>{count} rows exported to {path}. The file is NOT encrypted: it holds personal data in clear.</translation>
        </message>
        <message>
            <source>Preparazione della stampa</source>
            <translation>Preparing the printout</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Schermo bloccato alle {time}. Per riprendere, {name} scriva la sua password: le schede e i moduli aperti sono rimasti come erano.</source>
            <translation>Screen locked at {time}. To go on, {name} types their password: the open tabs and forms are just as they were.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sblocca</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Schermo bloccato</source>
            <translation>Screen locked</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Accesso</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password dimenticata?</source>
            <translation>Forgotten password?</translation>
        </message>
        <message>
            <source>Accedi</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Esci</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Ufficio di borgo</source>
            <translation>Neighbourhood office</translation>
        </message>
        <message>
            <source>Archivio: {db}</source>
            <translation>Database: {db}</translation>
        </message>
        <message>
            <source>Scriva il nome utente e la password.</source>
            <translation>Please type your user name and password.</translation>
        </message>
        <message>
            <source>Attendere {n} s</source>
            <translation>Wait {n} s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ufficio di borgo</source>
            <translation>Neighbourhood office</translation>
        </message>
        <message>
            <source>Oggi</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Nuclei</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Persone</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Alloggi</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Assegnazioni</source>
            <translation>Allocation</translation>
        </message>
        <message>
            <source>Manutenzione</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Spazi comuni</source>
            <translation>Shared spaces</translation>
        </message>
        <message>
            <source>Comunità</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Canoni e morosità</source>
            <translation>Rents and arrears</translation>
        </message>
        <message>
            <source>Violazioni</source>
            <translation>Violations</translation>
        </message>
        <message>
            <source>Comunicazioni</source>
            <translation>Communications</translation>
        </message>
        <message>
            <source>I miei casi</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>Accompagnamento</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <source>Cruscotto</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Registro delle operazioni</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Utenti</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Aree</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Strumenti</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>Nuovo nucleo</source>
            <translation>New household</translation>
        </message>
        <message>
            <source>Nuovo nucleo familiare (Ctrl+N)</source>
            <translation>New household (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Importa nuclei da foglio di calcolo…</source>
            <translation>&amp;Import households from spreadsheet…</translation>
        </message>
        <message>
            <source>Importa &amp;alloggi da foglio di calcolo…</source>
            <translation>Import &amp;units from a spreadsheet…</translation>
        </message>
        <message>
            <source>&amp;Esci</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Cambia la mia &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Blocca lo schermo</source>
            <translation>&amp;Lock the screen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Protezione dati…</source>
            <translation>&amp;Data protection…</translation>
        </message>
        <message>
            <source>Password cambiata.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>&amp;Amministrazione</source>
            <translation>&amp;Administration</translation>
        </message>
        <message>
            <source>&amp;Registro delle operazioni…</source>
            <translation>&amp;Audit trail…</translation>
        </message>
        <message>
            <source>&amp;Utenti…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <source>Utente: {name} ({role})</source>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <source>Database: {db}</source>
            <translation>Database: {db}</translation>
        </message>
        <message>
            <source>Nessun nucleo in morosità.</source>
            <translation>No household is in arrears.</translation>
        </message>
        <message>
            <source>Morosità {code}</source>
            <translation>Arrears {code}</translation>
        </message>
        <message>
            <source>Nucleo {code}</source>
            <translation>Household {code}</translation>
        </message>
        <message>
            <source>Alloggio {code}</source>
            <translation>Unit {code}</translation>
        </message>
        <message>
            <source>Cartella {code}</source>
            <translation>Case {code}</translation>
        </message>
        <message>
            <source>Persona senza nucleo</source>
            <translation>Person without a household</translation>
        </message>
        <message>
            <source>Questa persona non fa parte, oggi, di alcun nucleo.</source>
            <translation>This person is not a member of any household at present.</translation>
        </message>
        <message>
            <source>Nuclei importati: {count}</source>
            <translation>Households imported: {count}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Scrivi ai nuclei</source>
            <translation>Write to households</translation>
        </message>
        <message>
            <source>Un nucleo</source>
            <translation>One household</translation>
        </message>
        <message>
            <source>I nuclei scelti nell'elenco</source>
            <translation>The households chosen in the list</translation>
        </message>
        <message>
            <source>Una scala</source>
            <translation>A staircase</translation>
        </message>
        <message>
            <source>Un edificio</source>
            <translation>A building</translation>
        </message>
        <message>
            <source>Tutti i nuclei residenti</source>
            <translation>Every resident household</translation>
        </message>
        <message>
            <source>I componenti di un gruppo</source>
            <translation>The members of a group</translation>
        </message>
        <message>
            <source>I partecipanti a un evento</source>
            <translation>The participants of an event</translation>
        </message>
        <message>
            <source>Caratteri grandi</source>
            <translation>Large print</translation>
        </message>
        <message>
            <source>— secondo il tipo —</source>
            <translation>— by the kind —</translation>
        </message>
        <message>
            <source>Modello</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Destinatari</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Quali</source>
            <translation>Which</translation>
        </message>
        <message>
            <source>Consegna</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Prepara le lettere</source>
            <translation>Prepare the letters</translation>
        </message>
        <message>
            <source>Stampa…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Salva PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>codici dei nuclei separati da virgole</source>
            <translation>household codes separated by commas</translation>
        </message>
        <message>
            <source>codice del nucleo, es. N00012</source>
            <translation>household code, e.g. N00012</translation>
        </message>
        <message>
            <source>Non c'è ancora nessun modello: crearne uno nella scheda «Modelli e invii».</source>
            <translation>There is no template yet: create one in the «Templates and mailings» tab.</translation>
        </message>
        <message>
            <source>Lettere preparate: {done} di {total}</source>
            <translation>Letters prepared: {done} of {total}</translation>
        </message>
        <message>
            <source>Preparazione delle lettere</source>
            <translation>Preparing the letters</translation>
        </message>
        <message>
            <source>Comunicazione {code} ({target}): {n} nuclei, {pages} pagine. Le consegne sono nel registro; stampare o salvare il PDF.</source>
            <translation>Mailing {code} ({target}): {n} households, {pages} pages. The deliveries are in the log; print or save the PDF.</translation>
        </message>
        <message>
            <source>Annullato: nessuna lettera è stata registrata.</source>
            <translation>Cancelled: no letter was recorded.</translation>
        </message>
    </context>
    <context>
        <name>MonthsChart</name>
        <message>
            <source>Addebitato e pagato negli ultimi 12 mesi</source>
            <translation>Charged and paid in the last 12 months</translation>
        </message>
        <message>
            <source>Addebitato</source>
            <translation>Charged</translation>
        </message>
        <message>
            <source>Pagato</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>euro</source>
            <translation>euro</translation>
        </message>
    </context>
    <context>
        <name>MoveInPanel</name>
        <message>
            <source>Nessun ingresso in corso</source>
            <translation>No move-in in progress</translation>
        </message>
        <message>
            <source>Attività</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Entro il</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Fatto il</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Fatto da</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Fatto</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>In ritardo</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>da fare</source>
            <translation>to do</translation>
        </message>
    </context>
    <context>
        <name>NewPassword</name>
        <message>
            <source>Nuova password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Ripeta la password</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <source>Le due password non coincidono: le riscriva.</source>
            <translation>The two passwords differ: please type them again.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>Nuovo utente</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>es. m.rossi</source>
            <translation>e.g. m.rossi</translation>
        </message>
        <message>
            <source>Nome e cognome</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>La password iniziale va comunicata di persona; l'utente dovrà cambiarla al primo accesso.</source>
            <translation>Give the initial password in person; the user must change it at the first login.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Tipo di nota…</source>
            <translation>Kind of note…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>durata</source>
            <translation>duration</translation>
        </message>
        <message>
            <source>Partecipanti</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Scrivere qui la nota: la bozza si salva da sola.</source>
            <translation>Write the note here: the draft saves itself.</translation>
        </message>
        <message>
            <source>Salva nota</source>
            <translation>Save note</translation>
        </message>
        <message>
            <source>Bozza ripresa (salvata il {when}).</source>
            <translation>Draft restored (saved {when}).</translation>
        </message>
        <message>
            <source>Correzione della nota {what}: l'originale resta nella cartella.</source>
            <translation>Correction of the note {what}: the original stays in the file.</translation>
        </message>
        <message>
            <source>Bozza salvata automaticamente.</source>
            <translation>Draft saved automatically.</translation>
        </message>
        <message>
            <source>Nota salvata.</source>
            <translation>Note saved.</translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Avvia percorso di accompagnamento</source>
            <translation>Start an accompaniment path</translation>
        </message>
        <message>
            <source>Come è nato</source>
            <translation>How it started</translation>
        </message>
        <message>
            <source>breve, senza dati sanitari</source>
            <translation>short, no health data</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Data della segnalazione</source>
            <translation>Date of the referral</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>Pacchetto per il Comune</source>
            <translation>Package for the Comune</translation>
        </message>
        <message>
            <source>File del pacchetto</source>
            <translation>Package file</translation>
        </message>
        <message>
            <source>Sfoglia…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Chiave dei pseudonimi: {p}. Chiave del Comune: {c}.</source>
            <translation>Pseudonym key: {p}. Comune's key: {c}.</translation>
        </message>
        <message>
            <source>presente</source>
            <translation>present</translation>
        </message>
        <message>
            <source>mancante</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>Periodo:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Prepara e invia</source>
            <translation>Build and submit</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Il pacchetto contiene la tabella degli indicatori, i dati FSE+ pseudonimizzati e il riepilogo firmato; è cifrato per il Comune e registrato nel registro degli invii.</source>
            <translation>The package holds the indicator table, the pseudonymised ESF+ data and the signed summary; it is encrypted for the Comune and written in the submission log.</translation>
        </message>
        <message>
            <source>Pacchetto sigillato (*.borgo)</source>
            <translation>Sealed package (*.borgo)</translation>
        </message>
        <message>
            <source>Indicatori: {done} di {total}</source>
            <translation>Indicators: {done} of {total}</translation>
        </message>
        <message>
            <source>Preparazione del pacchetto</source>
            <translation>Building the package</translation>
        </message>
        <message>
            <source>Pacchetto scritto in {path}.
Impronta del contenuto (SHA-256): {content}
Impronta del file: {file}
Partecipanti: {n}; correzioni rispetto all'ultimo invio: {c}.</source>
            <translation>Package written to {path}.
Content fingerprint (SHA-256): {content}
File fingerprint: {file}
Participants: {n}; corrections since the last submission: {c}.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsDialog</name>
        <message>
            <source>Nucleo senza occupati:</source>
            <translation>Jobless household:</translation>
        </message>
        <message>
            <source>Figli a carico:</source>
            <translation>Dependent children:</translation>
        </message>
        <message>
            <source>Unico adulto del nucleo:</source>
            <translation>Only adult of the household:</translation>
        </message>
        <message>
            <source>Senza dimora o in esclusione abitativa:</source>
            <translation>Homeless or in housing exclusion:</translation>
        </message>
        <message>
            <source>Origine straniera o minoranza:</source>
            <translation>Foreign background or minority:</translation>
        </message>
        <message>
            <source>Disabilità:</source>
            <translation>Disability:</translation>
        </message>
        <message>
            <source>Altro svantaggio:</source>
            <translation>Other disadvantage:</translation>
        </message>
        <message>
            <source>Dati FSE+ dei partecipanti</source>
            <translation>ESF+ data of the participants</translation>
        </message>
        <message>
            <source>Persone del nucleo</source>
            <translation>People of the household</translation>
        </message>
        <message>
            <source>— da completare —</source>
            <translation>— to complete —</translation>
        </message>
        <message>
            <source>Donna</source>
            <translation>Woman</translation>
        </message>
        <message>
            <source>Uomo</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>— non chiesto —</source>
            <translation>— not asked —</translation>
        </message>
        <message>
            <source>Ingresso nel progetto:</source>
            <translation>Entry into the project:</translation>
        </message>
        <message>
            <source>Genere:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <source>Condizione occupazionale:</source>
            <translation>Labour-market status:</translation>
        </message>
        <message>
            <source>Titolo di studio:</source>
            <translation>Education:</translation>
        </message>
        <message>
            <source>Salva i dati di ingresso</source>
            <translation>Save the entry data</translation>
        </message>
        <message>
            <source>All'ingresso</source>
            <translation>At entry</translation>
        </message>
        <message>
            <source>All'uscita (entro 4 settimane) e dopo sei mesi</source>
            <translation>At exit (within 4 weeks) and six months later</translation>
        </message>
        <message>
            <source>Uscita:</source>
            <translation>Exit:</translation>
        </message>
        <message>
            <source>Sei mesi dopo:</source>
            <translation>Six months later:</translation>
        </message>
        <message>
            <source>Salva</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Da completare nelle mie cartelle</source>
            <translation>To complete in my case files</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Da completare nelle mie cartelle (doppio clic per aprire):</source>
            <translation>To complete in my case files (double-click to open):</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>completo</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>da registrare</source>
            <translation>to record</translation>
        </message>
        <message>
            <source>incompleto</source>
            <translation>incomplete</translation>
        </message>
        <message>
            <source> · entro il {day}</source>
            <translation> · by {day}</translation>
        </message>
        <message>
            <source>Mancano: {what}.</source>
            <translation>Missing: {what}.</translation>
        </message>
        <message>
            <source>Non ancora chiesti (si può rispondere «non dichiarato»): {what}.</source>
            <translation>Not asked yet (“not declared” is an allowed answer): {what}.</translation>
        </message>
        <message>
            <source>Salvare prima i dati di ingresso.</source>
            <translation>Save the entry data first.</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <source>Mostra la password</source>
            <translation>Show the password</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Importo (€)</source>
            <translation>Amount (€)</translation>
        </message>
        <message>
            <source>Modalità</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Ricevuto il</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Versato da (se non l'intestatario)</source>
            <translation>Paid by (if not the account holder)</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Nucleo {code}: da pagare {owed}.</source>
            <translation>Household {code}: {owed} owed.</translation>
        </message>
        <message>
            <source>Registra un pagamento</source>
            <translation>Record a payment</translation>
        </message>
        <message>
            <source>Registra</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Stampa la ricevuta dopo la registrazione</source>
            <translation>Print the receipt once recorded</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Anteprima di stampa</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Salva il PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <source>Documento PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
        <message>
            <source>Comune, o Stato se all'estero</source>
            <translation>Municipality, or country if born abroad</translation>
        </message>
        <message>
            <source>es. italiana</source>
            <translation>e.g. Italian</translation>
        </message>
        <message>
            <source>Persona con disabilità</source>
            <translation>Person with a disability</translation>
        </message>
        <message>
            <source>Confermo il codice fiscale nonostante la differenza</source>
            <translation>I confirm the tax code despite the difference</translation>
        </message>
        <message>
            <source>Cognome *</source>
            <translation>Surname *</translation>
        </message>
        <message>
            <source>Nome *</source>
            <translation>First name *</translation>
        </message>
        <message>
            <source>Codice fiscale *</source>
            <translation>Tax code *</translation>
        </message>
        <message>
            <source>Data di nascita *</source>
            <translation>Date of birth *</translation>
        </message>
        <message>
            <source>Sesso *</source>
            <translation>Sex *</translation>
        </message>
        <message>
            <source>Luogo di nascita</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Cittadinanza</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Ruolo nel nucleo</source>
            <translation>Role in the household</translation>
        </message>
        <message>
            <source>Condizione lavorativa</source>
            <translation>Employment status</translation>
        </message>
        <message>
            <source>Titolo di studio</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Dato riservato: spuntare solo per dichiarare una disabilità.</source>
            <translation>Restricted data: tick only to declare a disability.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Modifica {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <source>Nuovo componente del nucleo</source>
            <translation>New household member</translation>
        </message>
    </context>
    <context>
        <name>PersonListPage</name>
        <message>
            <source>Persone</source>
            <translation>People</translation>
        </message>
        <message>
            <source>1 persona</source>
            <translation>1 person</translation>
        </message>
        <message>
            <source>{n} persone</source>
            <translation>{n} people</translation>
        </message>
        <message>
            <source>Sesso:</source>
            <translation>Sex:</translation>
        </message>
        <message>
            <source>Nucleo:</source>
            <translation>Household:</translation>
        </message>
        <message>
            <source>In un nucleo</source>
            <translation>In a household</translation>
        </message>
        <message>
            <source>Senza nucleo</source>
            <translation>Without a household</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Cognome e nome di un abitante</source>
            <translation>Surname and name of a resident</translation>
        </message>
        <message>
            <source>Aggiungi</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Togli</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>PipelineModel</name>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Componenti</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Riservato fino al</source>
            <translation>Reserved until</translation>
        </message>
        <message>
            <source>Dal</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Motivo del rifiuto: {reason}</source>
            <translation>Reason for refusal: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PipelinePanel</name>
        <message>
            <source>Storia dell'assegnazione</source>
            <translation>Allocation history</translation>
        </message>
        <message>
            <source>Inserisci tra i candidati</source>
            <translation>Add to candidates</translation>
        </message>
        <message>
            <source>Proponi alloggio…</source>
            <translation>Offer a unit…</translation>
        </message>
        <message>
            <source>Registra visita…</source>
            <translation>Record visit…</translation>
        </message>
        <message>
            <source>Offerta accettata…</source>
            <translation>Offer accepted…</translation>
        </message>
        <message>
            <source>Offerta rifiutata…</source>
            <translation>Offer refused…</translation>
        </message>
        <message>
            <source>Rimetti tra i candidati</source>
            <translation>Return to candidates</translation>
        </message>
        <message>
            <source>Firma contratto…</source>
            <translation>Sign lease…</translation>
        </message>
        <message>
            <source>Registra ingresso…</source>
            <translation>Record move-in…</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Passaggio</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Operatore</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Fase: &lt;b&gt;{stage}&lt;/b&gt;</source>
            <translation>Stage: &lt;b&gt;{stage}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>non in assegnazione</source>
            <translation>not being allocated</translation>
        </message>
        <message>
            <source>Offerta rifiutata: {reason}</source>
            <translation>Offer refused: {reason}</translation>
        </message>
        <message>
            <source>Alloggio rifiutato: &lt;b&gt;{unit}&lt;/b&gt;</source>
            <translation>Unit refused: &lt;b&gt;{unit}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Alloggio: &lt;b&gt;{unit}&lt;/b&gt;</source>
            <translation>Unit: &lt;b&gt;{unit}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>riservato fino al {date}</source>
            <translation>reserved until {date}</translation>
        </message>
        <message>
            <source>Attenzione</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Registra visita</source>
            <translation>Record visit</translation>
        </message>
        <message>
            <source>Offerta accettata</source>
            <translation>Offer accepted</translation>
        </message>
        <message>
            <source>Registra ingresso</source>
            <translation>Record move-in</translation>
        </message>
    </context>
    <context>
        <name>PlanActionDialog</name>
        <message>
            <source>Modifica azione del piano</source>
            <translation>Edit plan action</translation>
        </message>
        <message>
            <source>Nuova azione del piano</source>
            <translation>New plan action</translation>
        </message>
        <message>
            <source>Segna come svolta</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Annulla azione</source>
            <translation>Cancel action</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>es. Ufficio di borgo, custode sociale</source>
            <translation>e.g. Borgo office, social caretaker</translation>
        </message>
        <message>
            <source>— nessuno —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>es. volantino, presentazione, cartella stampa</source>
            <translation>e.g. leaflet, slides, press kit</translation>
        </message>
        <message>
            <source>— nessuna —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>Collegata a una comunicazione: i raggiunti si contano dal registro delle consegne.</source>
            <translation>Linked to a mailing: the people reached are counted from the delivery log.</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Destinatari</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Azione</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Canale</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Modello usato</source>
            <translation>Template used</translation>
        </message>
        <message>
            <source>Materiale</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Comunicazione inviata</source>
            <translation>Mailing sent</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Raggiunti</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Presenti</source>
            <translation>Came</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Patto di accompagnamento</source>
            <translation>Accompaniment pact</translation>
        </message>
        <message>
            <source>Obiettivo</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Indicatore</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Entro il (gg/mm/aaaa)</source>
            <translation>By (dd/mm/yyyy)</translation>
        </message>
        <message>
            <source>Obiettivi</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Azione</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Chi</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Servizio o persona</source>
            <translation>Service or person</translation>
        </message>
        <message>
            <source>Entro il</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Obiettivo n.</source>
            <translation>Goal no.</translation>
        </message>
        <message>
            <source>Azioni</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source> mesi</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Verifica ogni</source>
            <translation>Review every</translation>
        </message>
        <message>
            <source>Il nucleo ha firmato il patto il</source>
            <translation>The household signed the pact on</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Revisione del piano di rientro</source>
            <translation>Revision of the repayment plan</translation>
        </message>
        <message>
            <source>Nuovo piano di rientro</source>
            <translation>New repayment plan</translation>
        </message>
        <message>
            <source> rate mensili</source>
            <translation> monthly instalments</translation>
        </message>
        <message>
            <source>Debito riconosciuto</source>
            <translation>Debt acknowledged</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Instalments</translation>
        </message>
        <message>
            <source>Prima rata</source>
            <translation>First instalment</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Il canone corrente ({amount} al mese) si paga in più, alle sue scadenze.</source>
            <translation>The current rent ({amount} a month) is paid on top, when due.</translation>
        </message>
        <message>
            <source>Rata</source>
            <translation>Instalment</translation>
        </message>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Importo</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Prospetto delle rate</source>
            <translation>Schedule of instalments</translation>
        </message>
        <message>
            <source>Proponi</source>
            <translation>Propose</translation>
        </message>
        <message>
            <source>L'importo non è scritto correttamente (esempio: 1.234,50).</source>
            <translation>The amount is not written correctly (example: 1.234,50).</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Destinatari</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Azione</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Canale</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Materiale</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Raggiunti</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Presenti</source>
            <translation>Came</translation>
        </message>
        <message>
            <source>Nuova azione…</source>
            <translation>New action…</translation>
        </message>
        <message>
            <source>Modifica…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Segna come svolta…</source>
            <translation>Mark as done…</translation>
        </message>
        <message>
            <source>Annulla azione…</source>
            <translation>Cancel action…</translation>
        </message>
        <message>
            <source>Stampa piano…</source>
            <translation>Print plan…</translation>
        </message>
        <message>
            <source>programmata</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>programmata, data passata</source>
            <translation>planned, date passed</translation>
        </message>
        <message>
            <source>svolta</source>
            <translation>done</translation>
        </message>
        <message>
            <source>annullata</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Il piano non ha ancora azioni: aggiungerne una con «Nuova azione…».</source>
            <translation>The plan has no actions yet: add one with «New action…».</translation>
        </message>
        <message>
            <source>{n} azioni · {done} svolte · {late} in ritardo</source>
            <translation>{n} actions · {done} done · {late} overdue</translation>
        </message>
        <message>
            <source>{n} (registro)</source>
            <translation>{n} (log)</translation>
        </message>
        <message>
            <source>Stampa piano di comunicazione</source>
            <translation>Print the communication plan</translation>
        </message>
        <message>
            <source>Documenti PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlanningPanel</name>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Controllo</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Segnalazione</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Apri le segnalazioni dovute</source>
            <translation>Open the tickets now due</translation>
        </message>
        <message>
            <source>Nuovo controllo…</source>
            <translation>New check…</translation>
        </message>
        <message>
            <source>Nuova ditta…</source>
            <translation>New contractor…</translation>
        </message>
        <message>
            <source>Ditta</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Settore</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Contratto</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>Aperte</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Risolte</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Nei tempi</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Manutenzione programmata: prossimi {n} giorni</source>
            <translation>Planned maintenance: next {n} days</translation>
        </message>
        <message>
            <source>Ditte</source>
            <translation>Contractors</translation>
        </message>
        <message>
            <source>da aprire</source>
            <translation>to be opened</translation>
        </message>
        <message>
            <source>Ragione sociale</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Nuova ditta</source>
            <translation>New contractor</translation>
        </message>
        <message>
            <source>— personale interno —</source>
            <translation>— in-house staff —</translation>
        </message>
        <message>
            <source> mesi</source>
            <translation> months</translation>
        </message>
        <message>
            <source> giorni prima</source>
            <translation> days before</translation>
        </message>
        <message>
            <source>Impianto o zona</source>
            <translation>System or area</translation>
        </message>
        <message>
            <source>Ogni</source>
            <translation>Every</translation>
        </message>
        <message>
            <source>Prima scadenza</source>
            <translation>First due date</translation>
        </message>
        <message>
            <source>Apri la segnalazione</source>
            <translation>Open the ticket</translation>
        </message>
        <message>
            <source>Nuovo controllo programmato</source>
            <translation>New planned check</translation>
        </message>
        <message>
            <source>Segnalazioni aperte: {codes}</source>
            <translation>Tickets opened: {codes}</translation>
        </message>
        <message>
            <source>Nessuna nuova segnalazione da aprire.</source>
            <translation>No new ticket to open.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsTable</name>
        <message>
            <source>Problemi trovati</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <source>Riga</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Colonna</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ProposeUnitDialog</name>
        <message>
            <source>Proponi alloggio</source>
            <translation>Offer a unit</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Riservato fino al</source>
            <translation>Reserved until</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>scala {staircase}, piano {floor}</source>
            <translation>staircase {staircase}, floor {floor}</translation>
        </message>
        <message>
            <source>1 locale</source>
            <translation>1 room</translation>
        </message>
        <message>
            <source>{n} locali</source>
            <translation>{n} rooms</translation>
        </message>
        <message>
            <source>{surface} m²</source>
            <translation>{surface} m²</translation>
        </message>
        <message>
            <source>accessibile</source>
            <translation>accessible</translation>
        </message>
        <message>
            <source>non accessibile</source>
            <translation>not accessible</translation>
        </message>
        <message>
            <source>Nessun alloggio libero da proporre.</source>
            <translation>No vacant unit to offer.</translation>
        </message>
        <message>
            <source>L'alloggio è adatto</source>
            <translation>The unit is suitable</translation>
        </message>
    </context>
    <context>
        <name>QuotaBoard</name>
        <message>
            <source>Quote per categoria</source>
            <translation>Quotas by category</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>In corso</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Assegnati</source>
            <translation>Allocated</translation>
        </message>
        <message>
            <source>Entrati</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <source>Disponibili</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Assegnati rispetto alla quota</source>
            <translation>Allocated against quota</translation>
        </message>
        <message>
            <source>Nessuna categoria: definirle con «Categorie e quote…».</source>
            <translation>No categories yet: set them up with “Categories and quotas…”.</translation>
        </message>
        <message>
            <source>Oltre la quota di {n}</source>
            <translation>Over quota by {n}</translation>
        </message>
        <message>
            <source>{allocated} su {quota}</source>
            <translation>{allocated} of {quota}</translation>
        </message>
        <message>
            <source>oltre quota</source>
            <translation>over quota</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Password dimenticata</source>
            <translation>Forgotten password</translation>
        </message>
        <message>
            <source>Scriva la chiave di recupero stampata sul foglio consegnato alla prima configurazione, il suo nome utente e una nuova password.</source>
            <translation>Type the recovery key printed on the sheet handed over at the first set-up, your user name and a new password.</translation>
        </message>
        <message>
            <source>Chiave di recupero</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Imposta la nuova password</source>
            <translation>Set the new password</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>La chiave di recupero</source>
            <translation>The recovery key</translation>
        </message>
        <message>
            <source>Viene mostrata solo ora. La stampi o la salvi come PDF e la conservi lontano dal computer: chi la possiede può reimpostare la password di un utente.</source>
            <translation>It is shown only now. Print it or save it as a PDF and keep it away from the computer: whoever holds it can reset a user's password.</translation>
        </message>
        <message>
            <source>Salva il foglio PDF…</source>
            <translation>Save the PDF sheet…</translation>
        </message>
        <message>
            <source>Copia la chiave</source>
            <translation>Copy the key</translation>
        </message>
        <message>
            <source>Ho conservato la chiave</source>
            <translation>I have kept the key</translation>
        </message>
        <message>
            <source>Salva il foglio della chiave di recupero</source>
            <translation>Save the recovery key sheet</translation>
        </message>
        <message>
            <source>Documento PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Foglio salvato in {path}. Lo stampi, poi cancelli il file se il computer non è sicuro.</source>
            <translation>Sheet saved in {path}. Print it, then delete the file if the computer is not safe.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Invio a un servizio</source>
            <translation>Referral to a service</translation>
        </message>
        <message>
            <source>Servizio</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Scegliere…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Solo la categoria: mai diagnosi o dettagli clinici.</source>
            <translation>Only the category: never diagnoses or clinical details.</translation>
        </message>
        <message>
            <source>Consenso dato da</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <source>Consenso del</source>
            <translation>Consent dated</translation>
        </message>
    </context>
    <context>
        <name>ReferralStatusDialog</name>
        <message>
            <source>Invio a {service}</source>
            <translation>Referral to {service}</translation>
        </message>
        <message>
            <source>Nuovo stato</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
    </context>
    <context>
        <name>RefusalDialog</name>
        <message>
            <source>Offerta rifiutata</source>
            <translation>Offer refused</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Perché il nucleo ha rifiutato l'alloggio</source>
            <translation>Why the household refused the unit</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>Nuova fine</source>
            <translation>New end</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Rinnovo dell'ospitalità</source>
            <translation>Renewal of the stay</translation>
        </message>
        <message>
            <source>{name}, ospite del nucleo {household} fino al {day}.</source>
            <translation>{name}, guest of household {household} until {day}.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Giorno del fatto</source>
            <translation>Day it happened</translation>
        </message>
        <message>
            <source>Segnalata da</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Che cosa è successo</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Articolo del regolamento</source>
            <translation>Article of the rules</translation>
        </message>
        <message>
            <source>Segnala una violazione del regolamento</source>
            <translation>Report a house-rule violation</translation>
        </message>
        <message>
            <source>Registra</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>— nessun articolo citato —</source>
            <translation>— no article cited —</translation>
        </message>
        <message>
            <source>Il nucleo non aveva preso visione di alcuna versione del regolamento in quel giorno.</source>
            <translation>On that day the household had acknowledged no version of the house rules.</translation>
        </message>
        <message>
            <source>Regolamento «{title}», versione {version}: presa visione del nucleo il {day}.</source>
            <translation>House rules «{title}», version {version}: acknowledged by the household on {day}.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Nuova password per {name}</source>
            <translation>New password for {name}</translation>
        </message>
        <message>
            <source>Una password temporanea, da comunicare di persona: l'utente dovrà cambiarla al primo accesso.</source>
            <translation>A temporary password, to give in person: the user must change it at the next login.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTab</name>
        <message>
            <source> anni</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Cambia la regola</source>
            <translation>Change the rule</translation>
        </message>
        <message>
            <source>Anni dopo l'uscita del nucleo:</source>
            <translation>Years after the household left:</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Uscito il</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Persone</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Nelle altre aree</source>
            <translation>In other areas</translation>
        </message>
        <message>
            <source>Aggiorna la proposta</source>
            <translation>Refresh the proposal</translation>
        </message>
        <message>
            <source>Seleziona tutti</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>Rendi anonimi i nuclei selezionati…</source>
            <translation>Anonymise the selected households…</translation>
        </message>
        <message>
            <source>Reso anonimo il</source>
            <translation>Anonymised on</translation>
        </message>
        <message>
            <source>Regola (anni)</source>
            <translation>Rule (years)</translation>
        </message>
        <message>
            <source>Da</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Registro dei nuclei già resi anonimi</source>
            <translation>Register of households already anonymised</translation>
        </message>
        <message>
            <source>Regola: i dati delle persone dei nuclei usciti da più di {years} anni vengono resi anonimi (nomi, codice fiscale, recapiti, data di nascita sostituita dalla fascia di cinque anni). Contratti e importi restano. Nuclei proposti: {n}.</source>
            <translation>Rule: the data of people in households that left more than {years} years ago are anonymised (names, tax code, contacts; the birth date becomes its five-year band). Leases and amounts are kept. Households proposed: {n}.</translation>
        </message>
        <message>
            <source>Nelle altre aree: nomi e recapiti tolti da segnalazioni e prenotazioni, presenze conservate per le statistiche; le cartelle sociali non vengono modificate (lo scarto si propone all'assistente sociale).</source>
            <translation>In other areas: names and contacts removed from tickets and bookings, attendance kept for statistics; social case files are not changed (their disposal is proposed to the social worker).</translation>
        </message>
        <message>
            <source>Rendere anonimi {n} nuclei ({persons} persone)? L'operazione non si può annullare: nomi, codici fiscali e recapiti saranno cancellati.</source>
            <translation>Anonymise {n} households ({persons} people)? This cannot be undone: names, tax codes and contacts will be erased.</translation>
        </message>
        <message>
            <source>Anonimizzazione</source>
            <translation>Anonymisation</translation>
        </message>
        <message>
            <source>Nuclei resi anonimi: {n}.</source>
            <translation>Households anonymised: {n}.</translation>
        </message>
    </context>
    <context>
        <name>RetireDialog</name>
        <message>
            <source>Data di dismissione</source>
            <translation>Retirement date</translation>
        </message>
        <message>
            <source>&amp;Data di dismissione</source>
            <translation>Retirement &amp;date</translation>
        </message>
        <message>
            <source>&amp;Dismetti</source>
            <translation>&amp;Retire</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Verifica del patto</source>
            <translation>Pact review</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>nota</source>
            <translation>note</translation>
        </message>
        <message>
            <source>Serve un nuovo patto (ripianificare)</source>
            <translation>A new pact is needed (replan)</translation>
        </message>
        <message>
            <source>Sintesi</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Ruolo di {name}</source>
            <translation>Role of {name}</translation>
        </message>
        <message>
            <source>Il nuovo ruolo vale dal prossimo accesso dell'utente.</source>
            <translation>The new role applies from the user's next login.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>sportello</source>
            <translation>front desk</translation>
        </message>
        <message>
            <source>gestione tecnica</source>
            <translation>facility management</translation>
        </message>
        <message>
            <source>assistente sociale</source>
            <translation>social worker</translation>
        </message>
        <message>
            <source>responsabile</source>
            <translation>manager</translation>
        </message>
        <message>
            <source>amministratore</source>
            <translation>administrator</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Cerca nucleo, persona, codice fiscale o alloggio  (Ctrl+F)</source>
            <translation>Search for a household, person, tax code or unit  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Ricerca globale</source>
            <translation>Global search</translation>
        </message>
        <message>
            <source>Nessun risultato per «{text}»</source>
            <translation>No results for “{text}”</translation>
        </message>
        <message>
            <source>Provare con meno lettere o con il codice fiscale</source>
            <translation>Try fewer letters, or the tax code</translation>
        </message>
    </context>
    <context>
        <name>ServicePicker</name>
        <message>
            <source>Cerca nell'elenco dei servizi del quartiere…</source>
            <translation>Search the neighbourhood services directory…</translation>
        </message>
        <message>
            <source>Tutti i tipi</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>oppure scrivere il nome di un servizio non in elenco</source>
            <translation>or type the name of a service not in the directory</translation>
        </message>
        <message>
            <source>Nessun servizio in elenco: scriverne il nome qui sotto.</source>
            <translation>No service in the directory: type its name below.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Prima configurazione</source>
            <translation>First set-up</translation>
        </message>
        <message>
            <source>Avanti &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Indietro</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Crea l'amministratore</source>
            <translation>Create the administrator</translation>
        </message>
        <message>
            <source>Inizia</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Esci</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>SignContractDialog</name>
        <message>
            <source>Firma contratto</source>
            <translation>Sign lease</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Decorrenza</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Con scadenza</source>
            <translation>Fixed term</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Canone mensile</source>
            <translation>Monthly rent</translation>
        </message>
        <message>
            <source>Spese mensili</source>
            <translation>Monthly service charges</translation>
        </message>
        <message>
            <source>Deposito cauzionale</source>
            <translation>Security deposit</translation>
        </message>
        <message>
            <source>Canone calcolato per l'alloggio: {amount}</source>
            <translation>Rent worked out for the unit: {amount}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>{db} · archivio dimostrativo: la password di ogni utente è «{password}»</source>
            <translation>{db} · demo database: every user's password is “{password}”</translation>
        </message>
        <message>
            <source>La password attuale è temporanea (data dall'amministratore): ne scelga una sua per continuare.</source>
            <translation>Your current password is temporary (given by the administrator): choose your own to go on.</translation>
        </message>
    </context>
    <context>
        <name>SpaceForm</name>
        <message>
            <source>chiuso</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>non indicata</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Servono le chiavi</source>
            <translation>Keys are needed</translation>
        </message>
        <message>
            <source>Le richieste vanno approvate dall'ufficio</source>
            <translation>Requests need the office's approval</translation>
        </message>
        <message>
            <source>Spazio: {name}</source>
            <translation>Space: {name}</translation>
        </message>
        <message>
            <source>Capienza</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Attrezzature</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Orari (es. 09:00-20:00)</source>
            <translation>Opening hours (e.g. 09:00-20:00)</translation>
        </message>
        <message>
            <source>Chi può prenotare</source>
            <translation>Who may book</translation>
        </message>
        <message>
            <source>Regole</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Chi tiene le chiavi</source>
            <translation>Who keeps the keys</translation>
        </message>
    </context>
    <context>
        <name>SpacesPage</name>
        <message>
            <source>Settimana di uno spazio</source>
            <translation>Week of one space</translation>
        </message>
        <message>
            <source>Giorno, tutti gli spazi</source>
            <translation>Day, all spaces</translation>
        </message>
        <message>
            <source>Oggi</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Periodo precedente</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Periodo successivo</source>
            <translation>Next period</translation>
        </message>
        <message>
            <source>Nuova prenotazione</source>
            <translation>New booking</translation>
        </message>
        <message>
            <source>Formato della carta</source>
            <translation>Paper size</translation>
        </message>
        <message>
            <source>Stampa programma</source>
            <translation>Print programme</translation>
        </message>
        <message>
            <source>Programma settimanale da appendere alla porta</source>
            <translation>Weekly programme to pin on the door</translation>
        </message>
        <message>
            <source>.ics</source>
            <translation>.ics</translation>
        </message>
        <message>
            <source>Esporta il calendario dello spazio (.ics)</source>
            <translation>Export the space's calendar (.ics)</translation>
        </message>
        <message>
            <source>Spazio</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Capienza, orari, chi può prenotare, chiavi</source>
            <translation>Capacity, hours, who may book, keys</translation>
        </message>
        <message>
            <source>Prenotazione</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Fare clic su una prenotazione per vederla, oppure trascinare su un orario libero per prenotare.</source>
            <translation>Click a booking to see it, or drag over free time to book.</translation>
        </message>
        <message>
            <source>Annulla questa data</source>
            <translation>Cancel this date</translation>
        </message>
        <message>
            <source>Annulla da questa data in poi</source>
            <translation>Cancel this and later dates</translation>
        </message>
        <message>
            <source>Approva</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Chiave consegnata</source>
            <translation>Key handed over</translation>
        </message>
        <message>
            <source>Chiave restituita</source>
            <translation>Key returned</translation>
        </message>
        <message>
            <source>Registra presenti</source>
            <translation>Record attendance</translation>
        </message>
        <message>
            <source>Richiedente: {who} ({kind})</source>
            <translation>Booked by: {who} ({kind})</translation>
        </message>
        <message>
            <source>Stato: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Ripetizione: {rule}</source>
            <translation>Repeats: {rule}</translation>
        </message>
        <message>
            <source>Previsti: {count}</source>
            <translation>Expected: {count}</translation>
        </message>
        <message>
            <source>Presenti: {count}</source>
            <translation>Attended: {count}</translation>
        </message>
        <message>
            <source>Chiave a {who}</source>
            <translation>Key with {who}</translation>
        </message>
        <message>
            <source>, restituita</source>
            <translation>, returned</translation>
        </message>
        <message>
            <source>Settimana {first}–{last}</source>
            <translation>Week {first}–{last}</translation>
        </message>
        <message>
            <source>Annullare questa data e tutte le successive della serie «{title}»?</source>
            <translation>Cancel this date and all later dates of the series “{title}”?</translation>
        </message>
        <message>
            <source>Annullare la prenotazione «{title}» di questa data?</source>
            <translation>Cancel the booking “{title}” on this date?</translation>
        </message>
        <message>
            <source>Annulla prenotazione</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Esporta calendario</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <source>Calendario iCalendar (*.ics)</source>
            <translation>iCalendar calendar (*.ics)</translation>
        </message>
        <message>
            <source>Esportazione del calendario</source>
            <translation>Exporting the calendar</translation>
        </message>
        <message>
            <source>{count} prenotazioni esportate in {path}</source>
            <translation>{count} bookings exported to {path}</translation>
        </message>
        <message>
            <source>Preparazione del programma</source>
            <translation>Preparing the programme</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Un importo non è scritto correttamente (esempio: 1.234,50).</source>
            <translation>An amount is not written correctly (example: 1,234.50).</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Entrato</source>
            <translation>Moved in</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Molto debole: si indovina subito</source>
            <translation>Very weak: guessed at once</translation>
        </message>
        <message>
            <source>Debole</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Discreta: meglio aggiungere una parola</source>
            <translation>Fair: better add another word</translation>
        </message>
        <message>
            <source>Buona</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Ottima</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <source>Consiglio: tre o quattro parole non collegate tra loro</source>
            <translation>Tip: three or four unrelated words</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Modello «{name}» (versione {version})</source>
            <translation>Template «{name}» (version {version})</translation>
        </message>
        <message>
            <source>Nuovo modello</source>
            <translation>New template</translation>
        </message>
        <message>
            <source>es. AVVISO-ACQUA</source>
            <translation>e.g. AVVISO-ACQUA</translation>
        </message>
        <message>
            <source>Inserisci un campo…</source>
            <translation>Insert a field…</translation>
        </message>
        <message>
            <source>Anteprima a caratteri grandi</source>
            <translation>Large-print preview</translation>
        </message>
        <message>
            <source>che cosa cambia in questa versione</source>
            <translation>what changes in this version</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Scopo</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Lingua</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Nota di versione</source>
            <translation>Version note</translation>
        </message>
        <message>
            <source>Anteprima</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Salva nuova versione</source>
            <translation>Save as a new version</translation>
        </message>
        <message>
            <source>Salva</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPanel</name>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Scopo</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Versione</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Lingue</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Salvato il</source>
            <translation>Saved on</translation>
        </message>
        <message>
            <source>Da</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Nuovo modello…</source>
            <translation>New template…</translation>
        </message>
        <message>
            <source>Modifica…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Scrivi ai nuclei…</source>
            <translation>Write to households…</translation>
        </message>
        <message>
            <source>Nessun modello: crearne uno con «Nuovo modello…».</source>
            <translation>No template: create one with «New template…».</translation>
        </message>
    </context>
    <context>
        <name>TicketActions</name>
        <message>
            <source>Valuta</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Assegna</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Avvia lavoro</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>Metti in attesa</source>
            <translation>Put on hold</translation>
        </message>
        <message>
            <source>Risolta</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Chiudi</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Riapri</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Commento</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Appuntamento</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Allega file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Costi</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Ordine di lavoro</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Avviso inquilini</source>
            <translation>Tenants' notice</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Valutazione</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Priorità e categoria decidono la scadenza.</source>
            <translation>Priority and category set the deadline.</translation>
        </message>
        <message>
            <source>Priorità</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>— personale interno —</source>
            <translation>— in-house staff —</translation>
        </message>
        <message>
            <source>Nome del tecnico interno</source>
            <translation>Name of the in-house technician</translation>
        </message>
        <message>
            <source>Assegnazione</source>
            <translation>Allocation</translation>
        </message>
        <message>
            <source>Scegliere una ditta oppure scrivere il nome di un tecnico interno.</source>
            <translation>Choose a contractor or write the name of an in-house technician.</translation>
        </message>
        <message>
            <source>Ditta</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Tecnico interno</source>
            <translation>In-house technician</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>In attesa</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>In attesa di</source>
            <translation>Waiting for</translation>
        </message>
        <message>
            <source>Lavoro risolto</source>
            <translation>Work resolved</translation>
        </message>
        <message>
            <source>Che cosa è stato fatto?</source>
            <translation>What was done?</translation>
        </message>
        <message>
            <source>— non espresso —</source>
            <translation>— not given —</translation>
        </message>
        <message>
            <source>Chiusura</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>L'inquilino conferma che il problema è risolto?</source>
            <translation>Does the tenant confirm the problem is solved?</translation>
        </message>
        <message>
            <source>Giudizio dell'inquilino</source>
            <translation>Tenant's rating</translation>
        </message>
        <message>
            <source>Commento dell'inquilino</source>
            <translation>Tenant's comment</translation>
        </message>
        <message>
            <source>Riapertura</source>
            <translation>Reopening</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Appuntamento per l'accesso</source>
            <translation>Access appointment</translation>
        </message>
        <message>
            <source>Ora italiana.</source>
            <translation>Italian time.</translation>
        </message>
        <message>
            <source>Quando</source>
            <translation>When</translation>
        </message>
        <message>
            <source>— da stabilire —</source>
            <translation>— to be decided —</translation>
        </message>
        <message>
            <source>Costo stimato</source>
            <translation>Estimated cost</translation>
        </message>
        <message>
            <source>Costo effettivo</source>
            <translation>Actual cost</translation>
        </message>
        <message>
            <source>A carico di</source>
            <translation>Charged to</translation>
        </message>
        <message>
            <source>Scala (vuoto: tutto l'edificio)</source>
            <translation>Staircase (empty: the whole building)</translation>
        </message>
        <message>
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Dalle</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Avviso per gli inquilini</source>
            <translation>Notice for the tenants</translation>
        </message>
        <message>
            <source>L'avviso va esposto nelle parti comuni: non può nominare inquilini né indicare alloggi.</source>
            <translation>The notice is put up in the common parts: it may not name tenants or flats.</translation>
        </message>
        <message>
            <source>Stampa</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>TicketBoard</name>
        <message>
            <source>segnalazioni aperte</source>
            <translation>open tickets</translation>
        </message>
        <message>
            <source>oltre la scadenza</source>
            <translation>past the deadline</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Aperte</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In ritardo</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Risolte (12 mesi)</source>
            <translation>Resolved (12 months)</translation>
        </message>
        <message>
            <source>Giorni medi per risolvere</source>
            <translation>Average days to resolve</translation>
        </message>
        <message>
            <source>Chiudi le risolte non confermate</source>
            <translation>Close resolved tickets nobody confirmed</translation>
        </message>
        <message>
            <source>Chiude d'ufficio le segnalazioni risolte da più giorni di quanti previsti nelle impostazioni, senza riscontro dell'inquilino</source>
            <translation>Closes the tickets resolved longer ago than the settings allow, without the tenant's confirmation</translation>
        </message>
        <message>
            <source>Resoconto mensile…</source>
            <translation>Monthly report…</translation>
        </message>
        <message>
            <source>Resoconto mensile della manutenzione</source>
            <translation>Monthly maintenance report</translation>
        </message>
        <message>
            <source>Mese</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Stampa</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Segnalazioni chiuse d'ufficio: {n}</source>
            <translation>Tickets closed by the office: {n}</translation>
        </message>
        <message>
            <source>{place} · scade il {date}</source>
            <translation>{place} · due {date}</translation>
        </message>
    </context>
    <context>
        <name>TicketBox</name>
        <message>
            <source>Segnalazioni</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Aperta il</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Nessuna segnalazione.</source>
            <translation>No tickets.</translation>
        </message>
        <message>
            <source>in ritardo</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Segnalazioni ({count})</source>
            <translation>Tickets ({count})</translation>
        </message>
        <message>
            <source>Le {shown} più recenti di {total}; le altre nell'elenco della manutenzione.</source>
            <translation>The {shown} most recent of {total}; the others are in the maintenance list.</translation>
        </message>
    </context>
    <context>
        <name>TicketForm</name>
        <message>
            <source>Nuova segnalazione di guasto</source>
            <translation>New fault report</translation>
        </message>
        <message>
            <source>Per esempio: perdita d'acqua dal soffitto del bagno</source>
            <translation>For example: water leaking from the bathroom ceiling</translation>
        </message>
        <message>
            <source>Che cosa succede, da quando, dove esattamente</source>
            <translation>What happens, since when, where exactly</translation>
        </message>
        <message>
            <source>Luogo</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Nessun alloggio collegato al nucleo</source>
            <translation>No unit linked to the household</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Priorità</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Ricevuta da</source>
            <translation>Received via</translation>
        </message>
        <message>
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Salva</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Apri comunque</source>
            <translation>Open anyway</translation>
        </message>
    </context>
    <context>
        <name>TicketListPage</name>
        <message>
            <source>Segnalazioni</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>1 segnalazione</source>
            <translation>1 ticket</translation>
        </message>
        <message>
            <source>{n} segnalazioni</source>
            <translation>{n} tickets</translation>
        </message>
        <message>
            <source>Personale interno</source>
            <translation>In-house staff</translation>
        </message>
        <message>
            <source>Stato:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Edificio:</source>
            <translation>Building:</translation>
        </message>
        <message>
            <source>Categoria:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Priorità:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <source>Scadenza:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>In ritardo</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Assegnata a:</source>
            <translation>Assigned to:</translation>
        </message>
    </context>
    <context>
        <name>TicketPage</name>
        <message>
            <source>Apri nucleo</source>
            <translation>Open household</translation>
        </message>
        <message>
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Luogo</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Segnalata da</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Ricevuta da</source>
            <translation>Received via</translation>
        </message>
        <message>
            <source>Aperta il</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Assegnata a</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>In attesa di</source>
            <translation>Waiting for</translation>
        </message>
        <message>
            <source>Risolta il</source>
            <translation>Resolved on</translation>
        </message>
        <message>
            <source>Giudizio dell'inquilino</source>
            <translation>Tenant's rating</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Piano programmato</source>
            <translation>Preventive plan</translation>
        </message>
        <message>
            <source>Costo stimato</source>
            <translation>Estimated cost</translation>
        </message>
        <message>
            <source>Costo effettivo</source>
            <translation>Actual cost</translation>
        </message>
        <message>
            <source>A carico di</source>
            <translation>Charged to</translation>
        </message>
        <message>
            <source>Costi</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Quando</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Chi</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Che cosa</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Aggiunto il</source>
            <translation>Added on</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Allegati</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Segnalazione</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Cronologia</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Segnalazione {code}</source>
            <translation>Ticket {code}</translation>
        </message>
        <message>
            <source>In ritardo</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Non assegnata</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <source>Alloggio {code}, scala {s}, piano {f}</source>
            <translation>Unit {code}, staircase {s}, floor {f}</translation>
        </message>
        <message>
            <source>Spazio comune: {name}</source>
            <translation>Common space: {name}</translation>
        </message>
        <message>
            <source>Allega un file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>Foto e documenti (*.jpg *.jpeg *.png *.pdf *.heic *.doc *.docx);;Tutti i file (*)</source>
            <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic *.doc *.docx);;All files (*)</translation>
        </message>
        <message>
            <source>Preparazione dell'ordine di lavoro</source>
            <translation>Preparing the work order</translation>
        </message>
    </context>
    <context>
        <name>TicketsArea</name>
        <message>
            <source>Elenco</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Bacheca e contatori</source>
            <translation>Board and counters</translation>
        </message>
        <message>
            <source>Programmata e ditte</source>
            <translation>Planned and contractors</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>&amp;Aggiorna</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Invio o doppio clic su una riga apre la sua scheda.</source>
            <translation>Enter or a double click on a line opens its record.</translation>
        </message>
        <message>
            <source>Prenotazioni di oggi</source>
            <translation>Today's bookings</translation>
        </message>
        <message>
            <source>Chiavi da consegnare o ritirare</source>
            <translation>Keys to hand over or collect</translation>
        </message>
        <message>
            <source>Segnalazioni scadute</source>
            <translation>Overdue tickets</translation>
        </message>
        <message>
            <source>Scadenze dei miei casi</source>
            <translation>My cases' deadlines</translation>
        </message>
        <message>
            <source>Dopo l'ingresso: passi in scadenza</source>
            <translation>After the move: steps falling due</translation>
        </message>
        <message>
            <source>Morosità da seguire</source>
            <translation>Arrears to follow up</translation>
        </message>
        <message>
            <source>Oggi, {day}</source>
            <translation>Today, {day}</translation>
        </message>
        <message>
            <source>… e altre {count}</source>
            <translation>… and {count} more</translation>
        </message>
        <message>
            <source>Niente per oggi.</source>
            <translation>Nothing for today.</translation>
        </message>
        <message>
            <source>{start}–{end} · {space} · {title} ({requester})</source>
            <translation>{start}–{end} · {space} · {title} ({requester})</translation>
        </message>
        <message>
            <source>da approvare</source>
            <translation>awaiting approval</translation>
        </message>
        <message>
            <source>Ritirare le chiavi da {holder}: {space}, {day} {start}–{end}</source>
            <translation>Collect the keys from {holder}: {space}, {day} {start}–{end}</translation>
        </message>
        <message>
            <source>chi le ha prese</source>
            <translation>whoever took them</translation>
        </message>
        <message>
            <source>Consegnare le chiavi: {space} alle {start} · {title} ({requester})</source>
            <translation>Hand over the keys: {space} at {start} · {title} ({requester})</translation>
        </message>
        <message>
            <source>{code} · {summary} · {place} · {priority}, scaduta il {due}</source>
            <translation>{code} · {summary} · {place} · {priority}, overdue since {due}</translation>
        </message>
        <message>
            <source>scaduto il {date}</source>
            <translation>overdue since {date}</translation>
        </message>
        <message>
            <source>entro il {date}</source>
            <translation>by {date}</translation>
        </message>
        <message>
            <source>{code} {name} · {duty}, {when}</source>
            <translation>{code} {name} · {duty}, {when}</translation>
        </message>
        <message>
            <source>{code} {name} · {step} · {unit}, {when}</source>
            <translation>{code} {name} · {step} · {unit}, {when}</translation>
        </message>
        <message>
            <source>allerta</source>
            <translation>alert</translation>
        </message>
        <message>
            <source>proposta di aprire una cartella sociale</source>
            <translation>proposal to open a case file</translation>
        </message>
        <message>
            <source>promemoria gentile da inviare</source>
            <translation>friendly reminder to send</translation>
        </message>
        <message>
            <source>{code} {name} · {what}: {detail}</source>
            <translation>{code} {name} · {what}: {detail}</translation>
        </message>
        <message>
            <source>{code} {name} · {what}</source>
            <translation>{code} {name} · {what}</translation>
        </message>
    </context>
    <context>
        <name>UnitForm</name>
        <message>
            <source>Nuovo alloggio</source>
            <translation>New unit</translation>
        </message>
        <message>
            <source>Modifica alloggio {code}</source>
            <translation>Edit unit {code}</translation>
        </message>
        <message>
            <source>&amp;Edificio</source>
            <translation>&amp;Building</translation>
        </message>
        <message>
            <source>&amp;Scala</source>
            <translation>&amp;Staircase</translation>
        </message>
        <message>
            <source>&amp;Piano</source>
            <translation>&amp;Floor</translation>
        </message>
        <message>
            <source>&amp;Interno</source>
            <translation>Flat &amp;number</translation>
        </message>
        <message>
            <source>S&amp;uperficie (m²)</source>
            <translation>S&amp;urface (m²)</translation>
        </message>
        <message>
            <source>&amp;Locali</source>
            <translation>&amp;Rooms</translation>
        </message>
        <message>
            <source>&amp;Accessibile</source>
            <translation>&amp;Accessible</translation>
        </message>
        <message>
            <source>&amp;Regime</source>
            <translation>Re&amp;gime</translation>
        </message>
        <message>
            <source>&amp;Modello di canone</source>
            <translation>Rent &amp;model</translation>
        </message>
        <message>
            <source>&amp;Tariffa (€)</source>
            <translation>Ra&amp;te (€)</translation>
        </message>
        <message>
            <source>€/m² all'anno per il canone calmierato, € al mese per il contributo fisso; non usata per le fasce ISEE.</source>
            <translation>€/m² a year for capped rent, € a month for the flat contribution; not used for ISEE bands.</translation>
        </message>
        <message>
            <source>&amp;Foglio catastale</source>
            <translation>Cadastral s&amp;heet</translation>
        </message>
        <message>
            <source>Parti&amp;cella</source>
            <translation>Par&amp;cel</translation>
        </message>
        <message>
            <source>Su&amp;balterno</source>
            <translation>Su&amp;b-unit</translation>
        </message>
        <message>
            <source>Stat&amp;o</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Importo non leggibile: usare il formato 1.234,56</source>
            <translation>Amount not readable: use the format 1.234,56</translation>
        </message>
    </context>
    <context>
        <name>UnitListPage</name>
        <message>
            <source>Nuovo &amp;edificio…</source>
            <translation>New &amp;building…</translation>
        </message>
        <message>
            <source>Nuovo &amp;alloggio…</source>
            <translation>New &amp;unit…</translation>
        </message>
        <message>
            <source>&amp;Importa alloggi…</source>
            <translation>&amp;Import units…</translation>
        </message>
        <message>
            <source>Crea molti alloggi da un foglio Excel o CSV, con anteprima e controllo di ogni riga.</source>
            <translation>Creates many units from an Excel or CSV sheet, with a preview and every row checked.</translation>
        </message>
        <message>
            <source>Alloggi</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>1 alloggio</source>
            <translation>1 unit</translation>
        </message>
        <message>
            <source>{n} alloggi</source>
            <translation>{n} units</translation>
        </message>
        <message>
            <source>Stato:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Regime:</source>
            <translation>Scheme:</translation>
        </message>
        <message>
            <source>Edificio:</source>
            <translation>Building:</translation>
        </message>
        <message>
            <source>Accessibile:</source>
            <translation>Accessible:</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Segnala guasto</source>
            <translation>Report a fault</translation>
        </message>
        <message>
            <source>&amp;Modifica…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Edificio…</source>
            <translation>&amp;Building…</translation>
        </message>
        <message>
            <source>Modifica i dati dell'edificio</source>
            <translation>Edit the building's details</translation>
        </message>
        <message>
            <source>&amp;Dismetti…</source>
            <translation>&amp;Retire…</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Scala</source>
            <translation>Staircase</translation>
        </message>
        <message>
            <source>Piano</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Interno</source>
            <translation>Flat no.</translation>
        </message>
        <message>
            <source>Superficie</source>
            <translation>Floor area</translation>
        </message>
        <message>
            <source>Locali</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Accessibile</source>
            <translation>Accessible</translation>
        </message>
        <message>
            <source>Regime</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Modello di canone</source>
            <translation>Rent model</translation>
        </message>
        <message>
            <source>Tariffa</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Dati catastali</source>
            <translation>Land registry details</translation>
        </message>
        <message>
            <source>Dismesso dal</source>
            <translation>Retired on</translation>
        </message>
        <message>
            <source>Dati dell'alloggio</source>
            <translation>Unit details</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Componenti</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Contratto</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>Canone mensile</source>
            <translation>Monthly rent</translation>
        </message>
        <message>
            <source>Spese</source>
            <translation>Service charges</translation>
        </message>
        <message>
            <source>Deposito cauzionale</source>
            <translation>Security deposit</translation>
        </message>
        <message>
            <source>Apri scheda nucleo</source>
            <translation>Open household record</translation>
        </message>
        <message>
            <source>Nucleo nell'alloggio</source>
            <translation>Household in the unit</translation>
        </message>
        <message>
            <source>Alloggio {code}</source>
            <translation>Unit {code}</translation>
        </message>
        <message>
            <source>{amount} al m² all'anno</source>
            <translation>{amount} per m² per year</translation>
        </message>
        <message>
            <source>{amount} al mese</source>
            <translation>{amount} per month</translation>
        </message>
        <message>
            <source>secondo la fascia ISEE del nucleo</source>
            <translation>based on the household's ISEE band</translation>
        </message>
        <message>
            <source>Nessun nucleo</source>
            <translation>No household</translation>
        </message>
        <message>
            <source>Nessun contratto: in assegnazione ({stage})</source>
            <translation>No lease: being allocated ({stage})</translation>
        </message>
        <message>
            <source>Dismetti alloggio {code}</source>
            <translation>Retire unit {code}</translation>
        </message>
        <message>
            <source>L'alloggio esce dal patrimonio dalla data indicata. Contratti, segnalazioni e storia restano consultabili; non si potrà più assegnarlo.</source>
            <translation>The unit leaves the estate from the date given. Leases, tickets and history stay available; it can no longer be allocated.</translation>
        </message>
    </context>
    <context>
        <name>UnmatchedQueuePanel</name>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Importo</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Ordinante</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Causale</source>
            <translation>Remittance</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Abbina a un nucleo…</source>
            <translation>Assign to a household…</translation>
        </message>
        <message>
            <source>Scarta…</source>
            <translation>Dismiss…</translation>
        </message>
        <message>
            <source>Nessun movimento da abbinare: tutti i pagamenti importati sono stati attribuiti.</source>
            <translation>No bank line to assign: every imported payment has been attributed.</translation>
        </message>
        <message>
            <source>{n} movimenti della banca attendono di essere abbinati: scegliere il nucleo che ha pagato, oppure scartare il movimento indicando perché.</source>
            <translation>{n} bank lines are waiting to be assigned: choose the household that paid, or dismiss the line saying why.</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Nome utente</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Nome e cognome</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Ruolo</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ultimo accesso</source>
            <translation>Last login</translation>
        </message>
        <message>
            <source>Disattivato</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Bloccato fino alle {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <source>Attivo</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Utenti</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Nuovo utente…</source>
            <translation>New user…</translation>
        </message>
        <message>
            <source>Cambia ruolo…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <source>Reimposta password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Disattiva</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Gli utenti non si cancellano: chi lascia l'ufficio viene disattivato e il suo nome resta nel registro delle operazioni.</source>
            <translation>Users are never deleted: whoever leaves the office is disabled and their name stays in the audit trail.</translation>
        </message>
        <message>
            <source>1 utente</source>
            <translation>1 user</translation>
        </message>
        <message>
            <source>{n} utenti</source>
            <translation>{n} users</translation>
        </message>
        <message>
            <source>Riattiva…</source>
            <translation>Enable…</translation>
        </message>
        <message>
            <source>Disattiva utente</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <source>{name} non potrà più accedere. I dati e il registro restano. Disattivare?</source>
            <translation>{name} will no longer be able to log in. The data and the audit trail stay. Disable?</translation>
        </message>
        <message>
            <source>La chiave del database è stata cambiata: le copie precedenti del file delle chiavi non aprono più il database.</source>
            <translation>The database key has been changed: earlier copies of the key file no longer open the database.</translation>
        </message>
        <message>
            <source>Senza chiave (da una versione precedente, mai entrati da allora): {names}. Dare loro una password temporanea.</source>
            <translation>Without a key (from an earlier version, not signed in since): {names}. Give them a temporary password.</translation>
        </message>
        <message>
            <source>Nuova chiave di recupero (mostrata una sola volta, la precedente non vale più): {key}. Scriverla sul foglio di recupero e custodirla chiusa a chiave.</source>
            <translation>New recovery key (shown only once, the previous one is no longer valid): {key}. Write it on the recovery sheet and keep it locked away.</translation>
        </message>
        <message>
            <source>Chiave del database cambiata</source>
            <translation>Database key changed</translation>
        </message>
        <message>
            <source>Utente {name} aggiornato.</source>
            <translation>User {name} updated.</translation>
        </message>
    </context>
    <context>
        <name>ViolationListPage</name>
        <message>
            <source>Segnala violazione…</source>
            <translation>Report a violation…</translation>
        </message>
        <message>
            <source>Violazioni del regolamento</source>
            <translation>House-rule violations</translation>
        </message>
        <message>
            <source>1 violazione</source>
            <translation>1 violation</translation>
        </message>
        <message>
            <source>{n} violazioni</source>
            <translation>{n} violations</translation>
        </message>
        <message>
            <source>Aperte:</source>
            <translation>Open:</translation>
        </message>
        <message>
            <source>Solo aperte</source>
            <translation>Open only</translation>
        </message>
        <message>
            <source>Solo chiuse</source>
            <translation>Closed only</translation>
        </message>
        <message>
            <source>Stato:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Categoria:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Diffida:</source>
            <translation>Formal notice:</translation>
        </message>
        <message>
            <source>Termine scaduto</source>
            <translation>Deadline passed</translation>
        </message>
    </context>
    <context>
        <name>ViolationPage</name>
        <message>
            <source>Apri nucleo</source>
            <translation>Open household</translation>
        </message>
        <message>
            <source>Stampa lettera</source>
            <translation>Print letter</translation>
        </message>
        <message>
            <source>Verifica</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Archivia</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Richiamo verbale</source>
            <translation>Verbal warning</translation>
        </message>
        <message>
            <source>Richiamo scritto</source>
            <translation>Written warning</translation>
        </message>
        <message>
            <source>Diffida</source>
            <translation>Formal notice</translation>
        </message>
        <message>
            <source>Risolvi</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Segnala al Comune</source>
            <translation>Escalate to the Comune</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Giorno del fatto</source>
            <translation>Day it happened</translation>
        </message>
        <message>
            <source>Segnalata il</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <source>Segnalata da</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Registrata da</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Termine della diffida</source>
            <translation>Deadline of the formal notice</translation>
        </message>
        <message>
            <source>Regolamento</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Articolo citato</source>
            <translation>Article cited</translation>
        </message>
        <message>
            <source>Che cosa è successo</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Passaggio</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Chi</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Termine</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Lettera</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Segnalazione</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Passaggi</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Violazione {code}</source>
            <translation>Violation {code}</translation>
        </message>
        <message>
            <source>non citato: il nucleo non aveva preso visione di alcuna versione</source>
            <translation>not cited: the household had acknowledged no version</translation>
        </message>
        <message>
            <source>«{title}», versione {version} (presa visione il {day})</source>
            <translation>«{title}», version {version} (acknowledged on {day})</translation>
        </message>
        <message>
            <source>stampata</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>Preparazione della lettera</source>
            <translation>Preparing the letter</translation>
        </message>
    </context>
    <context>
        <name>ViolationStepDialog</name>
        <message>
            <source>Verifica della segnalazione</source>
            <translation>Verification of the report</translation>
        </message>
        <message>
            <source>Archiviazione: segnalazione non confermata</source>
            <translation>Dismissal: report not confirmed</translation>
        </message>
        <message>
            <source>Richiamo verbale</source>
            <translation>Verbal warning</translation>
        </message>
        <message>
            <source>Richiamo scritto</source>
            <translation>Written warning</translation>
        </message>
        <message>
            <source>Diffida con termine</source>
            <translation>Formal notice with a deadline</translation>
        </message>
        <message>
            <source>Risoluzione</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Segnalazione al Comune</source>
            <translation>Escalation to the Comune</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Termine per adempiere</source>
            <translation>Deadline to comply</translation>
        </message>
        <message>
            <source>Esito</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>— scegliere —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Violazione {code}, nucleo {household}: {category}.</source>
            <translation>Violation {code}, household {household}: {category}.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsArea</name>
        <message>
            <source>Violazioni</source>
            <translation>Violations</translation>
        </message>
        <message>
            <source>Registro degli ospiti</source>
            <translation>Register of guests</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Benvenuto in Borgo Desktop</source>
            <translation>Welcome to Borgo Desktop</translation>
        </message>
        <message>
            <source>Questo è il primo avvio del programma su questo archivio.

Ora si crea l'account dell'amministratore, che poi aggiunge gli altri utenti (sportello, gestione tecnica, assistenti sociali, responsabile).

I dati sono cifrati: senza una password valida l'archivio non si apre. Alla fine il programma mostra, una volta sola, una chiave di recupero da stampare e conservare in un luogo sicuro: serve se si dimentica la password.</source>
            <translation>This is the first start of the program on this database.

First the administrator's account is created; the administrator then adds the other users (front desk, facility management, social workers, manager).

The data are encrypted: without a valid password the database does not open. At the end the program shows, once only, a recovery key to print and keep in a safe place: it is needed if a password is forgotten.</translation>
        </message>
        <message>
            <source>Archivio: {db}</source>
            <translation>Database: {db}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Canone calmierato (SAS)</source>
            <translation>Capped rent (SAS)</translation>
        </message>
        <message>
            <source>Edilizia pubblica (SAP)</source>
            <translation>Public housing (SAP)</translation>
        </message>
        <message>
            <source>Emergenza abitativa temporanea</source>
            <translation>Temporary emergency housing</translation>
        </message>
        <message>
            <source>€/m² annui</source>
            <translation>€/m² per year</translation>
        </message>
        <message>
            <source>Fasce di reddito (ISEE)</source>
            <translation>Income bands (ISEE)</translation>
        </message>
        <message>
            <source>Contributo fisso mensile</source>
            <translation>Flat monthly contribution</translation>
        </message>
        <message>
            <source>In ristrutturazione</source>
            <translation>Under renovation</translation>
        </message>
        <message>
            <source>Libero</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Preassegnato</source>
            <translation>Pre-allocated</translation>
        </message>
        <message>
            <source>Locato</source>
            <translation>Let</translation>
        </message>
        <message>
            <source>Non disponibile</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>Maschio</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Femmina</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Coniuge/Convivente</source>
            <translation>Spouse/Partner</translation>
        </message>
        <message>
            <source>Figlio/a</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Genitore</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Altro</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Non indicato</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Occupato/a dipendente</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>Lavoratore/trice autonomo/a</source>
            <translation>Self-employed</translation>
        </message>
        <message>
            <source>Disoccupato/a</source>
            <translation>Unemployed</translation>
        </message>
        <message>
            <source>Disoccupato/a di lunga durata</source>
            <translation>Long-term unemployed</translation>
        </message>
        <message>
            <source>Studente/ssa</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Pensionato/a</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Inattivo/a</source>
            <translation>Economically inactive</translation>
        </message>
        <message>
            <source>Nessun titolo</source>
            <translation>No qualifications</translation>
        </message>
        <message>
            <source>Licenza elementare o media (ISCED 1-2)</source>
            <translation>Primary or lower secondary (ISCED 1-2)</translation>
        </message>
        <message>
            <source>Diploma o qualifica (ISCED 3-4)</source>
            <translation>Upper secondary or vocational (ISCED 3-4)</translation>
        </message>
        <message>
            <source>Laurea o superiore (ISCED 5-8)</source>
            <translation>Degree or higher (ISCED 5-8)</translation>
        </message>
        <message>
            <source>In assegnazione</source>
            <translation>Being allocated</translation>
        </message>
        <message>
            <source>Residente</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Uscito</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>In preparazione</source>
            <translation>Being drafted</translation>
        </message>
        <message>
            <source>In corso</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Concluso</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Indigente (ISEE ≤ soglia)</source>
            <translation>Low income (ISEE ≤ threshold)</translation>
        </message>
        <message>
            <source>Emergenza abitativa</source>
            <translation>Housing emergency</translation>
        </message>
        <message>
            <source>Componente con disabilità</source>
            <translation>Member with a disability</translation>
        </message>
        <message>
            <source>Anziano solo</source>
            <translation>Older person living alone</translation>
        </message>
        <message>
            <source>Nucleo monogenitoriale</source>
            <translation>Single-parent household</translation>
        </message>
        <message>
            <source>Arrivo recente in Italia</source>
            <translation>Recently arrived in Italy</translation>
        </message>
        <message>
            <source>Candidato</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <source>Alloggio proposto</source>
            <translation>Unit offered</translation>
        </message>
        <message>
            <source>Visita fatta</source>
            <translation>Visit done</translation>
        </message>
        <message>
            <source>Accettato</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rifiutato</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Contratto firmato</source>
            <translation>Lease signed</translation>
        </message>
        <message>
            <source>Entrato nell'alloggio</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <source>Consegna chiavi</source>
            <translation>Key handover</translation>
        </message>
        <message>
            <source>Lettura contatori</source>
            <translation>Meter readings</translation>
        </message>
        <message>
            <source>Inventario dotazioni</source>
            <translation>Inventory of fittings</translation>
        </message>
        <message>
            <source>Kit di benvenuto</source>
            <translation>Welcome pack</translation>
        </message>
        <message>
            <source>Incontro informativo</source>
            <translation>Information meeting</translation>
        </message>
        <message>
            <source>Foto e riprese</source>
            <translation>Photos and video</translation>
        </message>
        <message>
            <source>Condivisione dei dati con i servizi del territorio</source>
            <translation>Sharing data with local services</translation>
        </message>
        <message>
            <source>Contatto per e-mail</source>
            <translation>Contact by e-mail</translation>
        </message>
        <message>
            <source>Contatto per SMS</source>
            <translation>Contact by SMS</translation>
        </message>
        <message>
            <source>Notizie delle attività di comunità</source>
            <translation>News of community activities</translation>
        </message>
        <message>
            <source>Modulo firmato</source>
            <translation>Signed form</translation>
        </message>
        <message>
            <source>A voce, davanti all'operatore</source>
            <translation>Verbally, in front of the operator</translation>
        </message>
        <message>
            <source>Per e-mail</source>
            <translation>By e-mail</translation>
        </message>
        <message>
            <source>Abitanti</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Gruppi del borgo</source>
            <translation>Borgo groups</translation>
        </message>
        <message>
            <source>Associazioni</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>Ufficio di borgo</source>
            <translation>Neighbourhood office</translation>
        </message>
        <message>
            <source>In attesa di approvazione</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Confermata</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Annullata</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Borgo</source>
            <translation>Borgo</translation>
        </message>
        <message>
            <source>Quartiere</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Città</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Da fare</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Fatto</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Saltato</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Servizi sociali</source>
            <translation>Social services</translation>
        </message>
        <message>
            <source>Salute</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Scuole</source>
            <translation>Schools</translation>
        </message>
        <message>
            <source>Lavoro</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>CAF e patronati</source>
            <translation>Tax and welfare advice (CAF)</translation>
        </message>
        <message>
            <source>Negozi e mercati</source>
            <translation>Shops and markets</translation>
        </message>
        <message>
            <source>Canone e spese</source>
            <translation>Rent and charges</translation>
        </message>
        <message>
            <source>Conguaglio spese</source>
            <translation>Service charge reconciliation</translation>
        </message>
        <message>
            <source>Addebito</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Nota di credito</source>
            <translation>Credit note</translation>
        </message>
        <message>
            <source>Contanti</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>POS</source>
            <translation>Card (POS)</translation>
        </message>
        <message>
            <source>Bonifico</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Bollettino postale</source>
            <translation>Postal slip</translation>
        </message>
        <message>
            <source>Avviso pagoPA</source>
            <translation>pagoPA notice</translation>
        </message>
        <message>
            <source>Abbinato</source>
            <translation>Matched</translation>
        </message>
        <message>
            <source>Da abbinare</source>
            <translation>To be matched</translation>
        </message>
        <message>
            <source>Abbinato a mano</source>
            <translation>Matched by hand</translation>
        </message>
        <message>
            <source>Scartato</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>Segnalazione</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Primo colloquio</source>
            <translation>First meeting</translation>
        </message>
        <message>
            <source>Analisi preliminare</source>
            <translation>Preliminary analysis</translation>
        </message>
        <message>
            <source>Valutazione multidimensionale</source>
            <translation>Multidimensional assessment</translation>
        </message>
        <message>
            <source>Patto sottoscritto</source>
            <translation>Pact signed</translation>
        </message>
        <message>
            <source>Percorso attivo</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>In verifica</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Chiuso</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Verifica a 6 mesi fatta</source>
            <translation>6-month follow-up done</translation>
        </message>
        <message>
            <source>Invio del Comune</source>
            <translation>Referred by the Comune</translation>
        </message>
        <message>
            <source>Segnalazione dell'ufficio</source>
            <translation>Referred by the office</translation>
        </message>
        <message>
            <source>Allerta morosità</source>
            <translation>Arrears alert</translation>
        </message>
        <message>
            <source>Allerta regolamento</source>
            <translation>House-rules alert</translation>
        </message>
        <message>
            <source>Richiesta del nucleo</source>
            <translation>Household's own request</translation>
        </message>
        <message>
            <source>Obiettivi raggiunti</source>
            <translation>Goals met</translation>
        </message>
        <message>
            <source>Affidato ai servizi</source>
            <translation>Handed over to services</translation>
        </message>
        <message>
            <source>Interrotto dal nucleo</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <source>Trasferito altrove</source>
            <translation>Moved out</translation>
        </message>
        <message>
            <source>Colloquio in ufficio</source>
            <translation>Meeting at the office</translation>
        </message>
        <message>
            <source>Visita domiciliare</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Telefonata</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Riunione d'équipe</source>
            <translation>Team meeting</translation>
        </message>
        <message>
            <source>Annotazione</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Abitare</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Reddito e debiti</source>
            <translation>Income and debts</translation>
        </message>
        <message>
            <source>Salute e autonomia</source>
            <translation>Health and autonomy</translation>
        </message>
        <message>
            <source>Famiglia e cura</source>
            <translation>Family and care</translation>
        </message>
        <message>
            <source>Relazioni sociali</source>
            <translation>Social relations</translation>
        </message>
        <message>
            <source>Pratiche e lingua</source>
            <translation>Paperwork and language</translation>
        </message>
        <message>
            <source>Il nucleo</source>
            <translation>The household</translation>
        </message>
        <message>
            <source>L'assistente sociale</source>
            <translation>The social worker</translation>
        </message>
        <message>
            <source>Servizio esterno</source>
            <translation>External service</translation>
        </message>
        <message>
            <source>Raggiunto</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Raggiunto in parte</source>
            <translation>Partly met</translation>
        </message>
        <message>
            <source>Non raggiunto</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Abbandonato</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Inviato</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Sostegno economico</source>
            <translation>Financial support</translation>
        </message>
        <message>
            <source>Orientamento al lavoro</source>
            <translation>Job guidance</translation>
        </message>
        <message>
            <source>Assistenza fiscale e pratiche</source>
            <translation>Tax and paperwork assistance</translation>
        </message>
        <message>
            <source>Consulenza legale</source>
            <translation>Legal advice</translation>
        </message>
        <message>
            <source>Accesso ai servizi socio-sanitari</source>
            <translation>Access to health and social services</translation>
        </message>
        <message>
            <source>Sostegno alla famiglia</source>
            <translation>Family support</translation>
        </message>
        <message>
            <source>Scuola e formazione</source>
            <translation>School and training</translation>
        </message>
        <message>
            <source>Attività di comunità</source>
            <translation>Community activities</translation>
        </message>
        <message>
            <source>Fissare il primo colloquio</source>
            <translation>Arrange the first meeting</translation>
        </message>
        <message>
            <source>Sottoscrivere il patto</source>
            <translation>Sign the pact</translation>
        </message>
        <message>
            <source>Rinnovare il patto</source>
            <translation>Renew the pact</translation>
        </message>
        <message>
            <source>Patto in scadenza</source>
            <translation>Pact about to expire</translation>
        </message>
        <message>
            <source>Verifica del patto</source>
            <translation>Pact review</translation>
        </message>
        <message>
            <source>Verifica a 6 mesi dalla chiusura</source>
            <translation>Follow-up 6 months after closing</translation>
        </message>
        <message>
            <source>Percorso concluso</source>
            <translation>Path completed</translation>
        </message>
        <message>
            <source>Lettera al nucleo</source>
            <translation>Letter to the household</translation>
        </message>
        <message>
            <source>Avviso per l'edificio</source>
            <translation>Notice for the building</translation>
        </message>
        <message>
            <source>Avviso per la scala</source>
            <translation>Notice for the staircase</translation>
        </message>
        <message>
            <source>Avviso per il borgo</source>
            <translation>Notice for the whole borgo</translation>
        </message>
        <message>
            <source>Locandina A4</source>
            <translation>A4 poster</translation>
        </message>
        <message>
            <source>Locandina A3</source>
            <translation>A3 poster</translation>
        </message>
        <message>
            <source>Scheda informativa</source>
            <translation>Information sheet</translation>
        </message>
        <message>
            <source>Comunicazione generale</source>
            <translation>General communication</translation>
        </message>
        <message>
            <source>Pagamenti e morosità</source>
            <translation>Payments and arrears</translation>
        </message>
        <message>
            <source>Consegna a mano con firma</source>
            <translation>Hand delivered, signed</translation>
        </message>
        <message>
            <source>Cassetta della posta</source>
            <translation>Letterbox</translation>
        </message>
        <message>
            <source>Affisso in bacheca</source>
            <translation>Posted on the board</translation>
        </message>
        <message>
            <source>Raccomandata A/R</source>
            <translation>Registered mail with receipt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Stampata</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Inviata</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Ricevuta tornata</source>
            <translation>Receipt returned</translation>
        </message>
        <message>
            <source>Restituita al mittente</source>
            <translation>Returned to sender</translation>
        </message>
        <message>
            <source>Invio non riuscito</source>
            <translation>Sending failed</translation>
        </message>
        <message>
            <source>Prima dell'assegnazione</source>
            <translation>Before allocation</translation>
        </message>
        <message>
            <source>Ingresso</source>
            <translation>Move-in</translation>
        </message>
        <message>
            <source>Primo anno</source>
            <translation>First year</translation>
        </message>
        <message>
            <source>A regime</source>
            <translation>Steady state</translation>
        </message>
        <message>
            <source>Comune</source>
            <translation>Comune (city council)</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Programmata</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Svolta</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Nuova</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Valutata</source>
            <translation>Triaged</translation>
        </message>
        <message>
            <source>Assegnata</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>In lavorazione</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>In attesa</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Risolta</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Chiusa</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Ricambi</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Accesso all'alloggio</source>
            <translation>Access to the unit</translation>
        </message>
        <message>
            <source>Ditta</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Urgente</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Alta</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Normale</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Bassa</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Sportello</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Manutenzione programmata</source>
            <translation>Planned maintenance</translation>
        </message>
        <message>
            <source>Proprietà</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Inquilino</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <source>Autogestione</source>
            <translation>Self-management</translation>
        </message>
        <message>
            <source>Apertura</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Cambio di stato</source>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Commento</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Appuntamento</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Allegato</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Costi</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Segnalata</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Verificata</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Archiviata (non confermata)</source>
            <translation>Dismissed (not confirmed)</translation>
        </message>
        <message>
            <source>Richiamo verbale</source>
            <translation>Verbal warning</translation>
        </message>
        <message>
            <source>Richiamo scritto</source>
            <translation>Written warning</translation>
        </message>
        <message>
            <source>Diffida</source>
            <translation>Formal notice</translation>
        </message>
        <message>
            <source>Segnalata al Comune</source>
            <translation>Escalated to the Comune</translation>
        </message>
        <message>
            <source>Rumori molesti</source>
            <translation>Noise</translation>
        </message>
        <message>
            <source>Uso improprio degli spazi comuni</source>
            <translation>Misuse of common areas</translation>
        </message>
        <message>
            <source>Danni</source>
            <translation>Damage</translation>
        </message>
        <message>
            <source>Occupanti non autorizzati</source>
            <translation>Unauthorised occupants</translation>
        </message>
        <message>
            <source>Alloggio non abitato</source>
            <translation>Unit not lived in</translation>
        </message>
        <message>
            <source>Animali</source>
            <translation>Animals</translation>
        </message>
        <message>
            <source>Rifiuti e raccolta differenziata</source>
            <translation>Waste and recycling</translation>
        </message>
        <message>
            <source>Comportamento corretto</source>
            <translation>Behaviour corrected</translation>
        </message>
        <message>
            <source>Incontro di mediazione</source>
            <translation>Mediation meeting</translation>
        </message>
        <message>
            <source>Riparazione del danno</source>
            <translation>Damage repaired</translation>
        </message>
        <message>
            <source>Lavoro per la comunità concordato</source>
            <translation>Community work agreed</translation>
        </message>
        <message>
            <source>Altro esito</source>
            <translation>Other outcome</translation>
        </message>
        <message>
            <source>Genitore o figlio/a</source>
            <translation>Parent or child</translation>
        </message>
        <message>
            <source>Altro parente</source>
            <translation>Other relative</translation>
        </message>
        <message>
            <source>Altra persona</source>
            <translation>Other person</translation>
        </message>
        <message>
            <source>Da autorizzare</source>
            <translation>To authorise</translation>
        </message>
        <message>
            <source>Autorizzata</source>
            <translation>Authorised</translation>
        </message>
        <message>
            <source>Oltre il periodo consentito</source>
            <translation>Past the period allowed</translation>
        </message>
        <message>
            <source>Terminata</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Mensilità non pagata dopo la scadenza</source>
            <translation>Monthly rent unpaid after its due date</translation>
        </message>
        <message>
            <source>Debito oltre alcune mensilità</source>
            <translation>Debt over some months of rent</translation>
        </message>
        <message>
            <source>Pagamenti ripetutamente in ritardo</source>
            <translation>Payments late again and again</translation>
        </message>
        <message>
            <source>Da vedere nella cartella sociale</source>
            <translation>To see in the case file</translation>
        </message>
        <message>
            <source>Proposta di aprire una cartella sociale</source>
            <translation>Proposal to open a case file</translation>
        </message>
        <message>
            <source>Promemoria cordiale</source>
            <translation>Friendly reminder</translation>
        </message>
        <message>
            <source>Colloquio con l'assistente sociale</source>
            <translation>Meeting with the social worker</translation>
        </message>
        <message>
            <source>Ultimo avviso</source>
            <translation>Final notice</translation>
        </message>
        <message>
            <source>Affidata al Comune o al legale</source>
            <translation>Handed to the Comune or counsel</translation>
        </message>
        <message>
            <source>Perdita del lavoro</source>
            <translation>Job loss</translation>
        </message>
        <message>
            <source>Riduzione dell'orario</source>
            <translation>Reduced hours</translation>
        </message>
        <message>
            <source>Cassa integrazione</source>
            <translation>Redundancy pay (cassa integrazione)</translation>
        </message>
        <message>
            <source>Contratto a termine non rinnovato</source>
            <translation>Fixed-term contract not renewed</translation>
        </message>
        <message>
            <source>Cessazione di un'attività</source>
            <translation>Business closed</translation>
        </message>
        <message>
            <source>Malattia grave o decesso in famiglia</source>
            <translation>Serious illness or death in the family</translation>
        </message>
        <message>
            <source>Altra difficoltà economica</source>
            <translation>Other financial hardship</translation>
        </message>
        <message>
            <source>Nessuna difficoltà dichiarata</source>
            <translation>No hardship stated</translation>
        </message>
        <message>
            <source>patto di accompagnamento in corso</source>
            <translation>accompaniment pact in force</translation>
        </message>
        <message>
            <source>piano di rientro firmato</source>
            <translation>repayment plan signed</translation>
        </message>
        <message>
            <source>valutazione di morosità incolpevole in corso</source>
            <translation>no-fault arrears assessment pending</translation>
        </message>
        <message>
            <source>Proposto</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Firmato</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Completato</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Decaduto</source>
            <translation>Defaulted</translation>
        </message>
        <message>
            <source>Rivisto</source>
            <translation>Revised</translation>
        </message>
        <message>
            <source>Ritirato</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>In valutazione</source>
            <translation>Being assessed</translation>
        </message>
        <message>
            <source>Morosità incolpevole riconosciuta</source>
            <translation>No-fault arrears recognised</translation>
        </message>
        <message>
            <source>Non riconosciuta</source>
            <translation>Not recognised</translation>
        </message>
        <message>
            <source>Contributo di solidarietà</source>
            <translation>Solidarity contribution</translation>
        </message>
        <message>
            <source>Canone provvisorio</source>
            <translation>Provisional rent</translation>
        </message>
        <message>
            <source>Sospensione del debito</source>
            <translation>Debt suspended</translation>
        </message>
        <message>
            <source>Piano di rientro sostenibile</source>
            <translation>Sustainable repayment plan</translation>
        </message>
        <message>
            <source>Attestazione ISEE in corso di validità</source>
            <translation>Valid ISEE certificate</translation>
        </message>
        <message>
            <source>Lettera di licenziamento</source>
            <translation>Dismissal letter</translation>
        </message>
        <message>
            <source>Buste paga prima e dopo</source>
            <translation>Payslips before and after</translation>
        </message>
        <message>
            <source>Provvedimento di cassa integrazione</source>
            <translation>Redundancy pay decision</translation>
        </message>
        <message>
            <source>Contratto a termine scaduto</source>
            <translation>Expired fixed-term contract</translation>
        </message>
        <message>
            <source>Chiusura della partita IVA o dell'attività</source>
            <translation>Closure of the VAT number or business</translation>
        </message>
        <message>
            <source>Certificazione di malattia o di decesso</source>
            <translation>Certificate of illness or death</translation>
        </message>
        <message>
            <source>Dichiarazione dei redditi del nucleo</source>
            <translation>Household's tax return</translation>
        </message>
        <message>
            <source>Senza categoria</source>
            <translation>No category</translation>
        </message>
        <message>
            <source>Operazione negata dal ruolo</source>
            <translation>Refused by the role</translation>
        </message>
        <message>
            <source>Apertura scheda nucleo</source>
            <translation>Household page opened</translation>
        </message>
        <message>
            <source>Apertura scheda persona</source>
            <translation>Person page opened</translation>
        </message>
        <message>
            <source>Nuovo nucleo</source>
            <translation>New household</translation>
        </message>
        <message>
            <source>Modifica nucleo</source>
            <translation>Household changed</translation>
        </message>
        <message>
            <source>Modifica persona</source>
            <translation>Person changed</translation>
        </message>
        <message>
            <source>Aggiunta di un componente</source>
            <translation>Member added</translation>
        </message>
        <message>
            <source>Uscita dal nucleo</source>
            <translation>Left the household</translation>
        </message>
        <message>
            <source>Passaggio ad altro nucleo</source>
            <translation>Moved to another household</translation>
        </message>
        <message>
            <source>Uscita del nucleo dal progetto</source>
            <translation>Household left the project</translation>
        </message>
        <message>
            <source>Consenso registrato</source>
            <translation>Consent recorded</translation>
        </message>
        <message>
            <source>Consenso revocato</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Rapporto di accesso ai dati di una persona</source>
            <translation>Subject access report</translation>
        </message>
        <message>
            <source>Anteprima della conservazione dei dati</source>
            <translation>Retention preview</translation>
        </message>
        <message>
            <source>Anonimizzazione di nuclei usciti</source>
            <translation>Departed households anonymised</translation>
        </message>
        <message>
            <source>Impostazione modificata</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Apertura di una cartella sociale</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Nota nella cartella sociale</source>
            <translation>Case note</translation>
        </message>
        <message>
            <source>Correzione di una nota</source>
            <translation>Note corrected</translation>
        </message>
        <message>
            <source>Valutazione nella cartella sociale</source>
            <translation>Case assessment</translation>
        </message>
        <message>
            <source>Patto di accompagnamento salvato</source>
            <translation>Support plan saved</translation>
        </message>
        <message>
            <source>Patto di accompagnamento firmato</source>
            <translation>Support plan agreed</translation>
        </message>
        <message>
            <source>Invio ad altro servizio</source>
            <translation>Referral to another service</translation>
        </message>
        <message>
            <source>Esito di un invio</source>
            <translation>Referral outcome</translation>
        </message>
        <message>
            <source>Cambio di fase del percorso</source>
            <translation>Case stage changed</translation>
        </message>
        <message>
            <source>Assegnazione della cartella</source>
            <translation>Case assigned</translation>
        </message>
        <message>
            <source>Fine dell'assegnazione della cartella</source>
            <translation>Case unassigned</translation>
        </message>
        <message>
            <source>Accesso concesso alla cartella</source>
            <translation>Case access granted</translation>
        </message>
        <message>
            <source>Nuovo edificio</source>
            <translation>New building</translation>
        </message>
        <message>
            <source>Nuovo alloggio</source>
            <translation>New unit</translation>
        </message>
        <message>
            <source>Modifica alloggio</source>
            <translation>Unit changed</translation>
        </message>
        <message>
            <source>Nuovo contratto</source>
            <translation>New lease</translation>
        </message>
        <message>
            <source>Ingresso nell'alloggio</source>
            <translation>Move-in</translation>
        </message>
        <message>
            <source>Categoria di assegnazione salvata</source>
            <translation>Allocation category saved</translation>
        </message>
        <message>
            <source>Inserimento tra i candidati</source>
            <translation>Added to the candidates</translation>
        </message>
        <message>
            <source>Proposta di un alloggio</source>
            <translation>Unit proposed</translation>
        </message>
        <message>
            <source>Visita dell'alloggio</source>
            <translation>Unit visited</translation>
        </message>
        <message>
            <source>Offerta accettata</source>
            <translation>Offer accepted</translation>
        </message>
        <message>
            <source>Offerta rifiutata</source>
            <translation>Offer refused</translation>
        </message>
        <message>
            <source>Rimesso tra i candidati</source>
            <translation>Back among the candidates</translation>
        </message>
        <message>
            <source>Firma del contratto</source>
            <translation>Lease signed</translation>
        </message>
        <message>
            <source>Ingresso registrato</source>
            <translation>Move-in recorded</translation>
        </message>
        <message>
            <source>Importazione di nuclei</source>
            <translation>Households imported</translation>
        </message>
        <message>
            <source>Stampa scheda nucleo</source>
            <translation>Household sheet printed</translation>
        </message>
        <message>
            <source>Nuovo utente</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Utente riattivato</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <source>Utente disattivato</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <source>Cambio di ruolo di un utente</source>
            <translation>User's role changed</translation>
        </message>
        <message>
            <source>Cambio della propria password</source>
            <translation>Own password changed</translation>
        </message>
        <message>
            <source>Password reimpostata dall'amministratore</source>
            <translation>Password reset by the administrator</translation>
        </message>
        <message>
            <source>Accesso</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Accesso non riuscito</source>
            <translation>Failed login</translation>
        </message>
        <message>
            <source>Uscita dal programma</source>
            <translation>Logout</translation>
        </message>
        <message>
            <source>Sblocco dello schermo</source>
            <translation>Screen unlocked</translation>
        </message>
        <message>
            <source>Nuova password con la chiave di recupero</source>
            <translation>New password with the recovery key</translation>
        </message>
        <message>
            <source>Segnalazione valutata</source>
            <translation>Ticket triaged</translation>
        </message>
        <message>
            <source>Segnalazione assegnata</source>
            <translation>Ticket assigned</translation>
        </message>
        <message>
            <source>Lavoro avviato</source>
            <translation>Work started</translation>
        </message>
        <message>
            <source>Segnalazione in attesa</source>
            <translation>Ticket on hold</translation>
        </message>
        <message>
            <source>Segnalazione risolta</source>
            <translation>Ticket resolved</translation>
        </message>
        <message>
            <source>Segnalazione riaperta</source>
            <translation>Ticket reopened</translation>
        </message>
        <message>
            <source>Costi di una segnalazione</source>
            <translation>Costs of a ticket</translation>
        </message>
        <message>
            <source>Appuntamento di accesso</source>
            <translation>Access appointment</translation>
        </message>
        <message>
            <source>Allegato a una segnalazione</source>
            <translation>Attachment to a ticket</translation>
        </message>
        <message>
            <source>Stampa ordine di lavoro</source>
            <translation>Work order printed</translation>
        </message>
        <message>
            <source>Stampa avviso agli inquilini</source>
            <translation>Tenants' notice printed</translation>
        </message>
        <message>
            <source>Stampa rapporto mensile di manutenzione</source>
            <translation>Monthly maintenance report printed</translation>
        </message>
        <message>
            <source>Presenze o chiavi di una prenotazione</source>
            <translation>Attendance or keys of a booking</translation>
        </message>
        <message>
            <source>Servizio del quartiere salvato</source>
            <translation>Neighbourhood service saved</translation>
        </message>
        <message>
            <source>Servizio autogestito salvato</source>
            <translation>Self-managed service saved</translation>
        </message>
        <message>
            <source>Servizio del quartiere eliminato</source>
            <translation>Neighbourhood service deleted</translation>
        </message>
        <message>
            <source>Uscita da un gruppo</source>
            <translation>Left a group</translation>
        </message>
        <message>
            <source>Ingresso in un gruppo</source>
            <translation>Joined a group</translation>
        </message>
        <message>
            <source>Manutenzione programmata salvata</source>
            <translation>Preventive maintenance plan saved</translation>
        </message>
        <message>
            <source>Turni pianificati</source>
            <translation>Rota planned</translation>
        </message>
        <message>
            <source>Turno registrato</source>
            <translation>Rota turn recorded</translation>
        </message>
        <message>
            <source>Presa visione delle regole</source>
            <translation>House rules acknowledged</translation>
        </message>
        <message>
            <source>Nuova versione delle regole</source>
            <translation>New version of the house rules</translation>
        </message>
        <message>
            <source>Stampa programma settimanale</source>
            <translation>Weekly programme printed</translation>
        </message>
        <message>
            <source>Stampa turni</source>
            <translation>Print rota</translation>
        </message>
        <message>
            <source>Stampa volantino dei servizi</source>
            <translation>Services leaflet printed</translation>
        </message>
        <message>
            <source>Modello di comunicazione salvato</source>
            <translation>Communication template saved</translation>
        </message>
        <message>
            <source>Modello di comunicazione ritirato</source>
            <translation>Communication template retired</translation>
        </message>
        <message>
            <source>Modello di comunicazione ripristinato</source>
            <translation>Communication template restored</translation>
        </message>
        <message>
            <source>Stampa di una comunicazione</source>
            <translation>Communication printed</translation>
        </message>
        <message>
            <source>Apertura di una violazione del regolamento</source>
            <translation>House-rule violation opened</translation>
        </message>
        <message>
            <source>Violazione del regolamento segnalata</source>
            <translation>House-rule violation reported</translation>
        </message>
        <message>
            <source>Violazione verificata</source>
            <translation>Violation verified</translation>
        </message>
        <message>
            <source>Violazione archiviata</source>
            <translation>Violation dismissed</translation>
        </message>
        <message>
            <source>Diffida per violazione del regolamento</source>
            <translation>Formal notice for a house-rule violation</translation>
        </message>
        <message>
            <source>Violazione risolta</source>
            <translation>Violation resolved</translation>
        </message>
        <message>
            <source>Violazione segnalata al Comune</source>
            <translation>Violation escalated to the Comune</translation>
        </message>
        <message>
            <source>Stampa lettera per una violazione</source>
            <translation>Letter printed for a violation</translation>
        </message>
        <message>
            <source>Ospite registrato</source>
            <translation>Guest registered</translation>
        </message>
        <message>
            <source>Ospitalità autorizzata</source>
            <translation>Stay authorised</translation>
        </message>
        <message>
            <source>Ospitalità rinnovata</source>
            <translation>Stay renewed</translation>
        </message>
        <message>
            <source>Fine dell'ospitalità</source>
            <translation>End of a stay</translation>
        </message>
        <message>
            <source>Allerta di morosità</source>
            <translation>Arrears alert</translation>
        </message>
        <message>
            <source>Allerta di morosità vista dall'assistente sociale</source>
            <translation>Arrears alert seen by the social worker</translation>
        </message>
        <message>
            <source>Passaggio del percorso di sollecito</source>
            <translation>Step of the reminder ladder</translation>
        </message>
        <message>
            <source>Passo legale nonostante il sostegno (motivato dal responsabile)</source>
            <translation>Legal step despite support (reasoned by the manager)</translation>
        </message>
        <message>
            <source>Consultazione della pratica di morosità</source>
            <translation>Arrears file read</translation>
        </message>
        <message>
            <source>Piano di rientro proposto</source>
            <translation>Repayment plan proposed</translation>
        </message>
        <message>
            <source>Piano di rientro firmato</source>
            <translation>Repayment plan signed</translation>
        </message>
        <message>
            <source>Piano di rientro ritirato</source>
            <translation>Repayment plan withdrawn</translation>
        </message>
        <message>
            <source>Piano di rientro rivisto</source>
            <translation>Repayment plan revised</translation>
        </message>
        <message>
            <source>Piano di rientro completato</source>
            <translation>Repayment plan completed</translation>
        </message>
        <message>
            <source>Piano di rientro decaduto</source>
            <translation>Repayment plan defaulted</translation>
        </message>
        <message>
            <source>Valutazione di morosità incolpevole aperta</source>
            <translation>No-fault arrears assessment opened</translation>
        </message>
        <message>
            <source>Valutazione di morosità incolpevole aggiornata</source>
            <translation>No-fault arrears assessment updated</translation>
        </message>
        <message>
            <source>Decisione sulla morosità incolpevole</source>
            <translation>Decision on the no-fault arrears</translation>
        </message>
        <message>
            <source>Stampa lettera di sollecito</source>
            <translation>Reminder letter printed</translation>
        </message>
        <message>
            <source>Stampa piano di rientro</source>
            <translation>Repayment plan printed</translation>
        </message>
        <message>
            <source>Stampa patto di accompagnamento</source>
            <translation>Support pact printed</translation>
        </message>
        <message>
            <source>Stampa sintesi per l'équipe</source>
            <translation>Team-meeting summary printed</translation>
        </message>
        <message>
            <source>Addebiti mensili emessi</source>
            <translation>Monthly charges issued</translation>
        </message>
        <message>
            <source>Addebito a un nucleo</source>
            <translation>Charge to a household</translation>
        </message>
        <message>
            <source>Conguaglio delle spese</source>
            <translation>Service charge reconciliation</translation>
        </message>
        <message>
            <source>Consultazione del saldo di un nucleo</source>
            <translation>A household's balance viewed</translation>
        </message>
        <message>
            <source>Consultazione dell'estratto conto</source>
            <translation>Statement of account viewed</translation>
        </message>
        <message>
            <source>Consultazione dell'elenco delle morosità</source>
            <translation>Arrears list viewed</translation>
        </message>
        <message>
            <source>Ricalcolo dei saldi</source>
            <translation>Balances recomputed</translation>
        </message>
        <message>
            <source>Pagamento registrato allo sportello</source>
            <translation>Payment recorded at the desk</translation>
        </message>
        <message>
            <source>Storno di un pagamento</source>
            <translation>Payment reversed</translation>
        </message>
        <message>
            <source>Importazione di un estratto conto bancario</source>
            <translation>Bank statement imported</translation>
        </message>
        <message>
            <source>Movimento bancario abbinato a mano</source>
            <translation>Bank line matched by hand</translation>
        </message>
        <message>
            <source>Movimento bancario scartato</source>
            <translation>Bank line dismissed</translation>
        </message>
        <message>
            <source>IBAN di pagamento registrato</source>
            <translation>Payer IBAN recorded</translation>
        </message>
        <message>
            <source>Stampa ricevuta di pagamento</source>
            <translation>Payment receipt printed</translation>
        </message>
        <message>
            <source>Stampa estratto conto</source>
            <translation>Statement of account printed</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Componente</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Contratto</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Candidatura</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Spazio comune</source>
            <translation>Common space</translation>
        </message>
        <message>
            <source>Prenotazione</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Cartella sociale</source>
            <translation>Social case</translation>
        </message>
        <message>
            <source>Utente</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Copia di sicurezza</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Registro</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Impostazioni</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Consenso</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Conservazione dei dati</source>
            <translation>Data retention</translation>
        </message>
        <message>
            <source>Chiave di recupero</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Evento</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Gruppo</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Periodo</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Pagamento</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Modello di comunicazione</source>
            <translation>Communication template</translation>
        </message>
        <message>
            <source>Comunicazione</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Consegna</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Violazione del regolamento</source>
            <translation>House-rule violation</translation>
        </message>
        <message>
            <source>Ospite</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>creazione</source>
            <translation>created</translation>
        </message>
        <message>
            <source>aggiunta</source>
            <translation>added</translation>
        </message>
        <message>
            <source>modifica</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>salvataggio</source>
            <translation>saved</translation>
        </message>
        <message>
            <source>apertura</source>
            <translation>opened</translation>
        </message>
        <message>
            <source>chiusura</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>eliminazione</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>disattivazione</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>riattivazione</source>
            <translation>enabled</translation>
        </message>
        <message>
            <source>reimpostazione</source>
            <translation>reset</translation>
        </message>
        <message>
            <source>cambio</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>cambio di ruolo</source>
            <translation>role changed</translation>
        </message>
        <message>
            <source>assegnazione</source>
            <translation>assigned</translation>
        </message>
        <message>
            <source>approvazione</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>rifiuto</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>annullamento</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>ripristino</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>verifica</source>
            <translation>checked</translation>
        </message>
        <message>
            <source>non riuscito</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>riuscito</source>
            <translation>succeeded</translation>
        </message>
        <message>
            <source>anonimizzazione</source>
            <translation>anonymised</translation>
        </message>
        <message>
            <source>accesso concesso</source>
            <translation>access granted</translation>
        </message>
        <message>
            <source>accesso revocato</source>
            <translation>access revoked</translation>
        </message>
        <message>
            <source>commento</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>Esportazione elenco</source>
            <translation>List exported:</translation>
        </message>
        <message>
            <source>Stampa elenco</source>
            <translation>List printed:</translation>
        </message>
        <message>
            <source>Importazione</source>
            <translation>Import:</translation>
        </message>
        <message>
            <source>nuclei</source>
            <translation>households</translation>
        </message>
        <message>
            <source>persone</source>
            <translation>people</translation>
        </message>
        <message>
            <source>alloggi</source>
            <translation>units</translation>
        </message>
        <message>
            <source>registro delle operazioni</source>
            <translation>audit trail</translation>
        </message>
        <message>
            <source>segnalazioni</source>
            <translation>tickets</translation>
        </message>
        <message>
            <source>prenotazioni</source>
            <translation>bookings</translation>
        </message>
        <message>
            <source>morosità</source>
            <translation>arrears</translation>
        </message>
        <message>
            <source>violazioni</source>
            <translation>violations</translation>
        </message>
        <message>
            <source>Dismesso</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Dichiarazione di residenza</source>
            <translation>Residence declared</translation>
        </message>
        <message>
            <source>Attivazione utenze</source>
            <translation>Utilities connected</translation>
        </message>
        <message>
            <source>Verifica a 1 mese</source>
            <translation>Check at 1 month</translation>
        </message>
        <message>
            <source>Verifica a 3 mesi</source>
            <translation>Check at 3 months</translation>
        </message>
        <message>
            <source>Verifica a 6 mesi</source>
            <translation>Check at 6 months</translation>
        </message>
        <message>
            <source>Alloggio dismesso</source>
            <translation>Unit retired</translation>
        </message>
        <message>
            <source>Modifica edificio</source>
            <translation>Building edited</translation>
        </message>
        <message>
            <source>Edificio dismesso</source>
            <translation>Building retired</translation>
        </message>
        <message>
            <source>Nuovo spazio comune</source>
            <translation>New common space</translation>
        </message>
        <message>
            <source>Modifica spazio comune</source>
            <translation>Common space edited</translation>
        </message>
        <message>
            <source>Spazio comune dismesso</source>
            <translation>Common space retired</translation>
        </message>
        <message>
            <source>Importazione di alloggi</source>
            <translation>Import of units</translation>
        </message>
        <message>
            <source>Trimestre</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Mese</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Anno</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Occupato/a (anche autonomo)</source>
            <translation>Employed (including self-employed)</translation>
        </message>
        <message>
            <source>Inattivo/a, in istruzione o formazione</source>
            <translation>Inactive, in education or training</translation>
        </message>
        <message>
            <source>Inattivo/a, non in istruzione né formazione</source>
            <translation>Inactive, not in education or training</translation>
        </message>
        <message>
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Non dichiarato</source>
            <translation>Not declared</translation>
        </message>
        <message>
            <source>Ha un lavoro</source>
            <translation>In employment</translation>
        </message>
        <message>
            <source>Lavoro autonomo</source>
            <translation>Self-employed</translation>
        </message>
        <message>
            <source>In cerca di lavoro</source>
            <translation>Looking for work</translation>
        </message>
        <message>
            <source>In istruzione o formazione</source>
            <translation>In education or training</translation>
        </message>
        <message>
            <source>Ha ottenuto una qualifica</source>
            <translation>Gained a qualification</translation>
        </message>
        <message>
            <source>Situazione lavorativa migliorata</source>
            <translation>Better labour-market situation</translation>
        </message>
        <message>
            <source>Nessun cambiamento</source>
            <translation>No change</translation>
        </message>
        <message>
            <source>Riaperto</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Indicatore per il Comune salvato</source>
            <translation>Indicator for the Comune saved</translation>
        </message>
        <message>
            <source>Pacchetto per il Comune preparato e inviato</source>
            <translation>Package for the Comune built and submitted</translation>
        </message>
        <message>
            <source>Periodo inviato al Comune riaperto</source>
            <translation>Period submitted to the Comune reopened</translation>
        </message>
        <message>
            <source>Chiave dei pseudonimi creata</source>
            <translation>Pseudonym key created</translation>
        </message>
        <message>
            <source>Chiave pubblica del Comune impostata</source>
            <translation>Comune's public key set</translation>
        </message>
        <message>
            <source>Dati FSE+ all'ingresso</source>
            <translation>ESF+ data at entry</translation>
        </message>
        <message>
            <source>Esito FSE+ all'uscita</source>
            <translation>ESF+ result at exit</translation>
        </message>
        <message>
            <source>Esito FSE+ a sei mesi</source>
            <translation>ESF+ result at six months</translation>
        </message>
        <message>
            <source>Posta ordinaria</source>
            <translation>Ordinary post</translation>
        </message>
        <message>
            <source>PEC</source>
            <translation>Certified e-mail (PEC)</translation>
        </message>
        <message>
            <source>Invio per e-mail di una comunicazione</source>
            <translation>Communication sent by e-mail</translation>
        </message>
        <message>
            <source>Consegna di una comunicazione registrata</source>
            <translation>Delivery of a communication recorded</translation>
        </message>
        <message>
            <source>Ricevuta di una comunicazione registrata</source>
            <translation>Receipt of a communication recorded</translation>
        </message>
        <message>
            <source>Comunicazione tornata al mittente</source>
            <translation>Communication returned to sender</translation>
        </message>
        <message>
            <source>registro delle consegne</source>
            <translation>delivery log</translation>
        </message>
        <message>
            <source>Rapporto mensile stampato</source>
            <translation>Monthly report printed</translation>
        </message>
        <message>
            <source>Stampa turni per la bacheca (senza nomi)</source>
            <translation>Rota printed for the board (no names)</translation>
        </message>
        <message>
            <source>Indicatore per il Comune riportato al predefinito</source>
            <translation>Indicator for the Comune restored to its default</translation>
        </message>
        <message>
            <source>Elenco degli indicatori del Comune importato</source>
            <translation>The Comune's list of indicators imported</translation>
        </message>
        <message>
            <source>Chiave di firma delle ancore creata</source>
            <translation>Anchor signing key created</translation>
        </message>
        <message>
            <source>Stampa foglio di controllo del registro</source>
            <translation>Audit checkpoint sheet printed</translation>
        </message>
        <message>
            <source>Cambio della chiave del database</source>
            <translation>Database key change</translation>
        </message>
        <message>
            <source>Nuova azione del piano di comunicazione</source>
            <translation>New communication plan action</translation>
        </message>
        <message>
            <source>Modifica di un'azione del piano di comunicazione</source>
            <translation>Communication plan action edited</translation>
        </message>
        <message>
            <source>Azione del piano di comunicazione svolta</source>
            <translation>Communication plan action done</translation>
        </message>
        <message>
            <source>Azione del piano di comunicazione annullata</source>
            <translation>Communication plan action cancelled</translation>
        </message>
        <message>
            <source>Stampa del piano di comunicazione</source>
            <translation>Communication plan printed</translation>
        </message>
    </context>
    <context>
        <name>Listing</name>
        <message>
            <source>Nuclei familiari</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Intestatario</source>
            <translation>Reference person</translation>
        </message>
        <message>
            <source>Componenti</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Fase assegnazione</source>
            <translation>Allocation stage</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Persone</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Cognome</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <source>Data di nascita</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sesso</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Cittadinanza</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Alloggi</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Scala</source>
            <translation>Staircase</translation>
        </message>
        <message>
            <source>Piano</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Superficie m²</source>
            <translation>Floor area m²</translation>
        </message>
        <message>
            <source>Locali</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Accessibile</source>
            <translation>Accessible</translation>
        </message>
        <message>
            <source>Regime</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Segnalazioni di manutenzione</source>
            <translation>Maintenance tickets</translation>
        </message>
        <message>
            <source>Aperta il</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Priorità</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Luogo</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Assegnata a</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Scadenza</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Registro delle operazioni</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>N.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Data e ora</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Utente</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Operazione</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Id del record</source>
            <translation>Record id</translation>
        </message>
        <message>
            <source>Campi modificati</source>
            <translation>Fields changed</translation>
        </message>
        <message>
            <source>Dettaglio</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Violazioni del regolamento</source>
            <translation>House-rule violations</translation>
        </message>
        <message>
            <source>Fatto del</source>
            <translation>Happened on</translation>
        </message>
        <message>
            <source>Termine della diffida</source>
            <translation>Deadline of the formal notice</translation>
        </message>
        <message>
            <source>Segnalata da</source>
            <translation>Reported by</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Le migrazioni del database mancano dall'installazione: reinstallare Borgo Desktop.</source>
            <translation>The database migrations are missing from the installation: reinstall Borgo Desktop.</translation>
        </message>
        <message>
            <source>Il database è stato aggiornato da una versione più recente del programma (revisione {revision}): aggiornare Borgo Desktop prima di aprirlo.</source>
            <translation>The database was upgraded by a newer version of the program (revision {revision}): update Borgo Desktop before opening it.</translation>
        </message>
        <message>
            <source>Il salvataggio non è riuscito perché un'altra postazione ha appena registrato un dato uguale (per esempio lo stesso codice). Ricaricare e riprovare: quanto scritto non è andato perso.</source>
            <translation>Saving failed because another workstation has just recorded the same data (for example the same code). Reload and try again: what you typed has not been lost.</translation>
        </message>
        <message>
            <source>La password deve avere almeno {n} caratteri.</source>
            <translation>The password must have at least {n} characters.</translation>
        </message>
        <message>
            <source>La password non può superare 200 caratteri.</source>
            <translation>The password cannot exceed 200 characters.</translation>
        </message>
        <message>
            <source>Password troppo facile da indovinare: non usare il nome utente, sequenze o parole comuni. Una frase di più parole va bene.</source>
            <translation>Password too easy to guess: do not use the username, sequences or common words. A phrase of several words is fine.</translation>
        </message>
        <message>
            <source>Nome utente non valido: da 3 a 32 caratteri, lettere minuscole senza accenti, cifre e . _ - ; deve iniziare con una lettera (es. m.rossi).</source>
            <translation>Invalid username: 3 to 32 characters, lower-case letters without accents, digits and . _ - ; it must start with a letter (e.g. m.rossi).</translation>
        </message>
        <message>
            <source>Indicare nome e cognome.</source>
            <translation>Enter the first and last name.</translation>
        </message>
        <message>
            <source>Ruolo sconosciuto: scegliere uno dei ruoli dell'elenco.</source>
            <translation>Unknown role: choose one of the roles in the list.</translation>
        </message>
        <message>
            <source>L'utente «{username}» non esiste.</source>
            <translation>The user “{username}” does not exist.</translation>
        </message>
        <message>
            <source>Nome troppo lungo (al massimo 120 caratteri).</source>
            <translation>Name too long (120 characters at most).</translation>
        </message>
        <message>
            <source>È l'ultimo amministratore attivo: nominarne un altro prima di cambiargli ruolo.</source>
            <translation>This is the last active administrator: appoint another one before changing their role.</translation>
        </message>
        <message>
            <source>L'utente «{username}» è disattivato: riattivarlo indicando una password temporanea.</source>
            <translation>The user “{username}” is disabled: re-enable it with a temporary password.</translation>
        </message>
        <message>
            <source>Non si può disattivare il proprio utente.</source>
            <translation>You cannot disable your own user.</translation>
        </message>
        <message>
            <source>È l'ultimo amministratore attivo: attivarne o nominarne un altro prima di disattivarlo.</source>
            <translation>This is the last active administrator: enable or appoint another one before disabling it.</translation>
        </message>
        <message>
            <source>La password attuale non è corretta.</source>
            <translation>The current password is not correct.</translation>
        </message>
        <message>
            <source>La nuova password deve essere diversa da quella attuale.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <source>Il nome utente «{username}» è già usato (anche da un utente disattivato).</source>
            <translation>The username “{username}” is already taken (possibly by a disabled user).</translation>
        </message>
        <message>
            <source>Per riattivare l'utente indicare una password temporanea.</source>
            <translation>To re-enable the user, enter a temporary password.</translation>
        </message>
        <message>
            <source>Non è possibile {verb}: il nucleo è nella fase «{stage}»; {hint}.</source>
            <translation>Cannot {verb}: the household is at stage “{stage}”; {hint}.</translation>
        </message>
        <message>
            <source>Il codice può avere al massimo {max} caratteri.</source>
            <translation>The code can be at most {max} characters long.</translation>
        </message>
        <message>
            <source>La descrizione breve può avere al massimo {max} caratteri.</source>
            <translation>The short description can be at most {max} characters long.</translation>
        </message>
        <message>
            <source>La quota non può essere negativa.</source>
            <translation>The quota cannot be negative.</translation>
        </message>
        <message>
            <source>Il nucleo è già nel percorso di assegnazione, nella fase «{stage}».</source>
            <translation>The household is already in the allocation process, at stage “{stage}”.</translation>
        </message>
        <message>
            <source>Non è possibile {verb}: il nucleo non è nel percorso di assegnazione; {hint}.</source>
            <translation>Cannot {verb}: the household is not in the allocation process; {hint}.</translation>
        </message>
        <message>
            <source>La data {date} è nel futuro.</source>
            <translation>The date {date} is in the future.</translation>
        </message>
        <message>
            <source>La data {date} precede quella del passaggio precedente ({last}).</source>
            <translation>The date {date} is earlier than the previous step ({last}).</translation>
        </message>
        <message>
            <source>La prenotazione non può scadere nel passato ({date}).</source>
            <translation>The reservation cannot expire in the past ({date}).</translation>
        </message>
        <message>
            <source>Indicare il motivo del rifiuto.</source>
            <translation>Enter the reason for the refusal.</translation>
        </message>
        <message>
            <source>La quota della categoria «{label}» è esaurita: {allocated} alloggi assegnati su {quota} previsti dal piano.</source>
            <translation>The quota of category “{label}” is used up: {allocated} units allocated out of the {quota} in the plan.</translation>
        </message>
        <message>
            <source>La fine del contratto deve seguire l'inizio.</source>
            <translation>The lease must end after it starts.</translation>
        </message>
        <message>
            <source>Indicare una data di completamento non futura.</source>
            <translation>Enter a completion date that is not in the future.</translation>
        </message>
        <message>
            <source>Alloggio sconosciuto: {code}.</source>
            <translation>Unknown unit: {code}.</translation>
        </message>
        <message>
            <source>L'alloggio {unit} non può essere proposto:
{reasons}</source>
            <translation>Unit {unit} cannot be offered:
{reasons}</translation>
        </message>
        <message>
            <source>L'importo non può essere negativo.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>La lista per l'ingresso si apre con la firma del contratto.</source>
            <translation>The move-in checklist opens once the lease is signed.</translation>
        </message>
        <message>
            <source>L'alloggio {unit} è riservato al nucleo {household} fino al {date}.</source>
            <translation>Unit {unit} is reserved for household {household} until {date}.</translation>
        </message>
        <message>
            <source>Il nucleo ha bisogno di un alloggio accessibile e {unit} non lo è.</source>
            <translation>The household needs an accessible unit and {unit} is not.</translation>
        </message>
        <message>
            <source>Per calcolare il canone serve l'ISEE del nucleo.</source>
            <translation>The household's ISEE is needed to work out the rent.</translation>
        </message>
        <message>
            <source>L'alloggio {unit} non è disponibile: è nello stato «{status}».</source>
            <translation>Unit {unit} is not available: its status is “{status}”.</translation>
        </message>
        <message>
            <source>L'alloggio {unit} è troppo piccolo per una persona: {surface} m² invece di almeno {minimum} m².</source>
            <translation>Unit {unit} is too small for one person: {surface} m² instead of at least {minimum} m².</translation>
        </message>
        <message>
            <source>L'alloggio {unit} è troppo piccolo per {size} persone: {surface} m² invece di almeno {minimum} m².</source>
            <translation>Unit {unit} is too small for {size} people: {surface} m² instead of at least {minimum} m².</translation>
        </message>
        <message>
            <source>L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per una persona (al massimo {most}).</source>
            <translation>Unit {unit} would be under-occupied: {rooms} rooms for one person (at most {most}).</translation>
        </message>
        <message>
            <source>L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per {size} persone (al massimo {most}).</source>
            <translation>Unit {unit} would be under-occupied: {rooms} rooms for {size} people (at most {most}).</translation>
        </message>
        <message>
            <source>L'attestazione ISEE del nucleo è scaduta il {date}: serve una nuova DSU.</source>
            <translation>The household's ISEE certificate expired on {date}: a new DSU is needed.</translation>
        </message>
        <message>
            <source>L'attestazione ISEE del nucleo non è più valida: serve una nuova DSU.</source>
            <translation>The household's ISEE certificate is no longer valid: a new DSU is needed.</translation>
        </message>
        <message>
            <source>Per l'alloggio {unit}, a canone per fasce di reddito, serve l'ISEE del nucleo.</source>
            <translation>Unit {unit} has an income-based rent: the household's ISEE is needed.</translation>
        </message>
        <message>
            <source>Il database in memoria non si può copiare.</source>
            <translation>An in-memory database cannot be copied.</translation>
        </message>
        <message>
            <source>Il database in memoria non si può ripristinare.</source>
            <translation>An in-memory database cannot be restored.</translation>
        </message>
        <message>
            <source>Il database è in uso: chiudere Borgo Desktop su tutte le finestre di questo computer e ripetere il ripristino.</source>
            <translation>The database is in use: close Borgo Desktop in every window on this computer and repeat the restore.</translation>
        </message>
        <message>
            <source>Ripristino rifiutato: {message} Il database attuale non è stato modificato.</source>
            <translation>Restore refused: {message} The current database has not been changed.</translation>
        </message>
        <message>
            <source>Formato di esportazione non riconosciuto: {name} (usare .xlsx, .csv o .ics).</source>
            <translation>Unknown export format: {name} (use .xlsx, .csv or .ics).</translation>
        </message>
        <message>
            <source>Indicare il motivo della prenotazione (es. «Festa di compleanno»).</source>
            <translation>Give the reason for the booking (e.g. “Birthday party”).</translation>
        </message>
        <message>
            <source>Indicare chi prenota.</source>
            <translation>Say who is booking.</translation>
        </message>
        <message>
            <source>Scegliere lo spazio da prenotare.</source>
            <translation>Choose the space to book.</translation>
        </message>
        <message>
            <source>Il numero di partecipanti non può essere negativo.</source>
            <translation>The number of participants cannot be negative.</translation>
        </message>
        <message>
            <source>Indicare il giorno.</source>
            <translation>Give the day.</translation>
        </message>
        <message>
            <source>Indicare l'ora di inizio e di fine.</source>
            <translation>Give the start and end time.</translation>
        </message>
        <message>
            <source>L'ora di fine deve venire dopo l'ora di inizio.</source>
            <translation>The end time must be after the start.</translation>
        </message>
        <message>
            <source>Una prenotazione dura al massimo {hours} ore.</source>
            <translation>A booking lasts at most {hours} hours.</translation>
        </message>
        <message>
            <source>Indicare fino a quando si ripete la prenotazione.</source>
            <translation>Say until when the booking repeats.</translation>
        </message>
        <message>
            <source>La data di fine ripetizione viene prima del primo giorno.</source>
            <translation>The last day of the repetition is before the first day.</translation>
        </message>
        <message>
            <source>Lo spazio «{space}» non si può prenotare.</source>
            <translation>The space “{space}” cannot be booked.</translation>
        </message>
        <message>
            <source>Lo spazio «{space}» accoglie al massimo {capacity} persone: ne sono previste {expected}.</source>
            <translation>The space “{space}” holds at most {capacity} people: {expected} are expected.</translation>
        </message>
        <message>
            <source>La ripetizione è troppo lunga: al massimo due anni e 500 date.</source>
            <translation>The repetition is too long: at most two years and 500 dates.</translation>
        </message>
        <message>
            <source>«{space}» è chiuso di {weekday}: non si può prenotare {when}.</source>
            <translation>“{space}” is closed on {weekday}: {when} cannot be booked.</translation>
        </message>
        <message>
            <source>Questa data è già annullata.</source>
            <translation>This date is already cancelled.</translation>
        </message>
        <message>
            <source>La prenotazione non è in attesa di approvazione.</source>
            <translation>The booking is not awaiting approval.</translation>
        </message>
        <message>
            <source>La prenotazione è annullata.</source>
            <translation>The booking is cancelled.</translation>
        </message>
        <message>
            <source>Lo spazio «{space}» non è prenotabile da: {who}.</source>
            <translation>The space “{space}” cannot be booked by: {who}.</translation>
        </message>
        <message>
            <source>{when} è fuori dall'orario di «{space}» ({opens}–{closes}).</source>
            <translation>{when} is outside the opening hours of “{space}” ({opens}–{closes}).</translation>
        </message>
        <message>
            <source>Il numero di presenti non può essere negativo.</source>
            <translation>The attendance cannot be negative.</translation>
        </message>
        <message>
            <source>La chiave non risulta consegnata.</source>
            <translation>The key has not been handed over.</translation>
        </message>
        <message>
            <source>Le date della serie si sovrappongono: {when}.</source>
            <translation>The dates of the series overlap: {when}.</translation>
        </message>
        <message>
            <source>«{space}» è già prenotato {taken} per «{title}» ({who}): non si può prenotare {when}.</source>
            <translation>“{space}” is already booked {taken} for “{title}” ({who}): {when} cannot be booked.</translation>
        </message>
        <message>
            <source>La cartella non è assegnata a lei e nessuna regola d'équipe le consente di consultarla: rivolgersi al responsabile.</source>
            <translation>This case is not assigned to you and no team rule lets you read it: ask the manager.</translation>
        </message>
        <message>
            <source>Cartella sociale non trovata.</source>
            <translation>Case file not found.</translation>
        </message>
        <message>
            <source>Nucleo non trovato: forse è stato ritirato da un altro utente.</source>
            <translation>Household not found: another user may have retired it.</translation>
        </message>
        <message>
            <source>La cartella non ha ancora un patto da stampare.</source>
            <translation>The case has no pact to print yet.</translation>
        </message>
        <message>
            <source>Il campo «{label}» è obbligatorio.</source>
            <translation>The field “{label}” is required.</translation>
        </message>
        <message>
            <source>Scegliere il tipo di nota.</source>
            <translation>Choose the kind of note.</translation>
        </message>
        <message>
            <source>Il testo può avere al massimo {max} caratteri.</source>
            <translation>The text can have at most {max} characters.</translation>
        </message>
        <message>
            <source>La durata va da 1 a 720 minuti.</source>
            <translation>The duration goes from 1 to 720 minutes.</translation>
        </message>
        <message>
            <source>I partecipanti possono avere al massimo {max} caratteri.</source>
            <translation>Participants can have at most {max} characters.</translation>
        </message>
        <message>
            <source>Dare un punteggio ad almeno una dimensione.</source>
            <translation>Score at least one dimension.</translation>
        </message>
        <message>
            <source>Il patto deve avere almeno un obiettivo.</source>
            <translation>The pact needs at least one goal.</translation>
        </message>
        <message>
            <source>La verifica va fissata tra 1 e 24 mesi.</source>
            <translation>The review must be between 1 and 24 months.</translation>
        </message>
        <message>
            <source>Indicare l'esito di almeno un obiettivo.</source>
            <translation>Give the outcome of at least one goal.</translation>
        </message>
        <message>
            <source>Scegliere il motivo dell'invio (una categoria, mai dettagli clinici).</source>
            <translation>Choose the reason for the referral (a category, never clinical details).</translation>
        </message>
        <message>
            <source>La data non può essere nel futuro.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>Un invio «{current}» non può passare a «{status}».</source>
            <translation>A referral “{current}” cannot move to “{status}”.</translation>
        </message>
        <message>
            <source>Indicare l'esito dell'invio.</source>
            <translation>Give the outcome of the referral.</translation>
        </message>
        <message>
            <source>Il punteggio va da 1 a 5.</source>
            <translation>The score goes from 1 to 5.</translation>
        </message>
        <message>
            <source>La nota può avere al massimo 300 caratteri.</source>
            <translation>The note can have at most 300 characters.</translation>
        </message>
        <message>
            <source>L'obiettivo può avere al massimo 300 caratteri.</source>
            <translation>The goal can have at most 300 characters.</translation>
        </message>
        <message>
            <source>Indicare come si vedrà che l'obiettivo è raggiunto (indicatore).</source>
            <translation>Say how you will see that the goal is met (indicator).</translation>
        </message>
        <message>
            <source>Descrivere l'azione.</source>
            <translation>Describe the action.</translation>
        </message>
        <message>
            <source>Indicare quale servizio esterno.</source>
            <translation>Say which external service.</translation>
        </message>
        <message>
            <source>Obiettivo inesistente.</source>
            <translation>No such goal.</translation>
        </message>
        <message>
            <source>Non c'è un patto in preparazione da sottoscrivere.</source>
            <translation>There is no pact in preparation to sign.</translation>
        </message>
        <message>
            <source>Il patto si sottoscrive dopo il primo colloquio.</source>
            <translation>The pact is signed after the first meeting.</translation>
        </message>
        <message>
            <source>Non c'è un patto sottoscritto da verificare.</source>
            <translation>There is no signed pact to review.</translation>
        </message>
        <message>
            <source>Il servizio scelto non è più nell'elenco dei servizi del quartiere: sceglierne un altro.</source>
            <translation>The chosen service is no longer in the neighbourhood directory: choose another one.</translation>
        </message>
        <message>
            <source>L'invio non può precedere il consenso.</source>
            <translation>The referral cannot come before the consent.</translation>
        </message>
        <message>
            <source>Invio non trovato.</source>
            <translation>Referral not found.</translation>
        </message>
        <message>
            <source>La nota da correggere non è di questa cartella.</source>
            <translation>The note to correct is not in this case file.</translation>
        </message>
        <message>
            <source>Obiettivo non presente nel patto in corso.</source>
            <translation>Goal not in the current pact.</translation>
        </message>
        <message>
            <source>Indicare il nome utente dell'assistente sociale.</source>
            <translation>Give the social worker's username.</translation>
        </message>
        <message>
            <source>Indicare il motivo dell'accesso (per esempio la sostituzione per ferie).</source>
            <translation>Give the reason for the access (for example, standing in during holidays).</translation>
        </message>
        <message>
            <source>Il nucleo ha già una cartella aperta (fase «{stage}»).</source>
            <translation>The household already has an open case (stage “{stage}”).</translation>
        </message>
        <message>
            <source>{username} non segue questa cartella.</source>
            <translation>{username} does not follow this case.</translation>
        </message>
        <message>
            <source>{username} ha già questo accesso.</source>
            <translation>{username} already has this access.</translation>
        </message>
        <message>
            <source>Questo accesso è già stato revocato.</source>
            <translation>This access has already been revoked.</translation>
        </message>
        <message>
            <source>Dalla fase «{stage}» non si passa a «{target}».</source>
            <translation>A case cannot move from “{stage}” to “{target}”.</translation>
        </message>
        <message>
            <source>La cartella è già chiusa.</source>
            <translation>The case is already closed.</translation>
        </message>
        <message>
            <source>La verifica a 6 mesi si registra su una cartella chiusa.</source>
            <translation>The 6-month follow-up is recorded on a closed case.</translation>
        </message>
        <message>
            <source>Campi sconosciuti nel testo: {fields}. I campi disponibili sono nell'elenco accanto al testo, scritti tra parentesi graffe, per esempio {{intestatario.nome_completo}}.</source>
            <translation>Unknown fields in the text: {fields}. The available fields are in the list beside the text, written between braces, for example {{intestatario.nome_completo}}.</translation>
        </message>
        <message>
            <source>Gli importi e i riferimenti di pagamento sono ammessi solo nei modelli per pagamenti e morosità: togliere {fields}.</source>
            <translation>Amounts and payment references are allowed only in payment and arrears templates: remove {fields}.</translation>
        </message>
        <message>
            <source>Un avviso per tutto il borgo o una locandina non riguarda un solo edificio: togliere {fields}.</source>
            <translation>A notice for the whole borgo or a poster is not about one building: remove {fields}.</translation>
        </message>
        <message>
            <source>Un avviso o una locandina per la bacheca non può contenere dati personali (nomi, alloggi, importi): togliere {fields}.</source>
            <translation>A notice or poster for the board cannot contain personal data (names, flats, amounts): remove {fields}.</translation>
        </message>
        <message>
            <source>Un avviso per le parti comuni non può nominare inquilini né indicare alloggi o interni: togliere dal testo {words}.</source>
            <translation>A notice for the common parts may not name tenants or flats: remove {words} from the text.</translation>
        </message>
        <message>
            <source>Stampa annullata: nessuna lettera è stata registrata.</source>
            <translation>Printing cancelled: no letter was recorded.</translation>
        </message>
        <message>
            <source>Il modello «{code}» è ritirato.</source>
            <translation>The template “{code}” is retired.</translation>
        </message>
        <message>
            <source>Indicare {fields} prima di stampare.</source>
            <translation>Enter {fields} before printing.</translation>
        </message>
        <message>
            <source>Nessun nucleo tra i destinatari ({target}).</source>
            <translation>No household among the recipients ({target}).</translation>
        </message>
        <message>
            <source>Nucleo non trovato.</source>
            <translation>Household not found.</translation>
        </message>
        <message>
            <source>Evento «{id}» non trovato.</source>
            <translation>Event “{id}” not found.</translation>
        </message>
        <message>
            <source>Destinatari non validi: «{text}». Scrivere household:CODICE, households:CODICE,CODICE, building:EDIFICIO, staircase:EDIFICIO-SCALA, all, group:NOME o event:ID.</source>
            <translation>Invalid recipients: “{text}”. Write household:CODE, households:CODE,CODE, building:BUILDING, staircase:BUILDING-STAIRCASE, all, group:NAME or event:ID.</translation>
        </message>
        <message>
            <source>Nucleo «{code}» non trovato.</source>
            <translation>Household “{code}” not found.</translation>
        </message>
        <message>
            <source>Nuclei non trovati: {codes}.</source>
            <translation>Households not found: {codes}.</translation>
        </message>
        <message>
            <source>Edificio «{code}» non trovato.</source>
            <translation>Building “{code}” not found.</translation>
        </message>
        <message>
            <source>Scala «{code}» non trovata: scrivere EDIFICIO-SCALA, es. DL51-A.</source>
            <translation>Staircase “{code}” not found: write BUILDING-STAIRCASE, e.g. DL51-A.</translation>
        </message>
        <message>
            <source>Gruppo «{name}» non trovato.</source>
            <translation>Group “{name}” not found.</translation>
        </message>
        <message>
            <source>Il codice del modello va scritto in maiuscolo, da 2 a 32 caratteri tra lettere, cifre, - e _ (es. ACQUA-SCALA).</source>
            <translation>The template code is written in capitals, 2 to 32 characters among letters, digits, - and _ (e.g. ACQUA-SCALA).</translation>
        </message>
        <message>
            <source>Dare un nome al modello.</source>
            <translation>Give the template a name.</translation>
        </message>
        <message>
            <source>Lingua non prevista: {langs}.</source>
            <translation>Language not provided for: {langs}.</translation>
        </message>
        <message>
            <source>Il testo italiano (titolo e corpo) è obbligatorio: è quello che ricevono i nuclei delle altre lingue.</source>
            <translation>The Italian text (title and body) is required: households of other languages receive it.</translation>
        </message>
        <message>
            <source>Modello «{code}» non trovato.</source>
            <translation>Template “{code}” not found.</translation>
        </message>
        <message>
            <source>Il modello «{code}» non ha la versione {version}.</source>
            <translation>The template “{code}” has no version {version}.</translation>
        </message>
        <message>
            <source>Versione del modello non trovata.</source>
            <translation>Template version not found.</translation>
        </message>
        <message>
            <source>Il testo in {lang} ha il titolo o il corpo vuoto.</source>
            <translation>The text in {lang} has an empty title or body.</translation>
        </message>
        <message>
            <source>Il tipo di un modello già salvato non cambia: crearne uno nuovo con un altro codice.</source>
            <translation>The type of a saved template does not change: create a new one with another code.</translation>
        </message>
        <message>
            <source>Esiste già un gruppo «{group}».</source>
            <translation>A group “{group}” already exists.</translation>
        </message>
        <message>
            <source>Il turno si ripete ogni 1-90 giorni.</source>
            <translation>A turn repeats every 1-90 days.</translation>
        </message>
        <message>
            <source>Scegliere almeno un nucleo per i turni.</source>
            <translation>Choose at least one household for the rota.</translation>
        </message>
        <message>
            <source>Si possono pianificare da 1 a 366 turni alla volta.</source>
            <translation>From 1 to 366 turns can be planned at a time.</translation>
        </message>
        <message>
            <source>Indicare almeno un indirizzo, un telefono o un'email.</source>
            <translation>Give at least an address, a phone number or an email.</translation>
        </message>
        <message>
            <source>La persona non fa parte del gruppo.</source>
            <translation>The person is not a member of the group.</translation>
        </message>
        <message>
            <source>La data della presa visione non può essere futura.</source>
            <translation>The acknowledgement date cannot be in the future.</translation>
        </message>
        <message>
            <source>Il nucleo ha già preso visione della versione {version}.</source>
            <translation>The household has already acknowledged version {version}.</translation>
        </message>
        <message>
            <source>Il turno del {day} non è ancora arrivato.</source>
            <translation>The turn of {day} has not come yet.</translation>
        </message>
        <message>
            <source>Servizio non trovato: forse è stato ritirato da un altro utente.</source>
            <translation>Service not found: another user may have removed it.</translation>
        </message>
        <message>
            <source>Elenco sconosciuto: {name}.</source>
            <translation>Unknown list: {name}.</translation>
        </message>
        <message>
            <source>Formato di esportazione non riconosciuto: {name} (usare .xlsx o .csv).</source>
            <translation>Export format not recognised: {name} (use .xlsx or .csv).</translation>
        </message>
        <message>
            <source>Troppi tentativi non riusciti: attendere {seconds} secondi prima di riprovare.</source>
            <translation>Too many failed attempts: wait {seconds} seconds before trying again.</translation>
        </message>
        <message>
            <source>Chiave di recupero non corretta: controllare le lettere sul foglio di recupero.</source>
            <translation>Wrong recovery key: check the letters on the recovery sheet.</translation>
        </message>
        <message>
            <source>Troppi tentativi non riusciti: l'accesso di questo utente è bloccato fino alle {time}. L'amministratore può sbloccarlo reimpostando la password.</source>
            <translation>Too many failed attempts: this user is locked until {time}. The administrator can unlock it by resetting the password.</translation>
        </message>
        <message>
            <source>Password non corretta per la {n}ª volta: l'accesso di questo utente è bloccato per {minutes} minuti.</source>
            <translation>Wrong password for the {n}th time: this user is locked for {minutes} minutes.</translation>
        </message>
        <message>
            <source>Chiave di recupero non corretta per la {n}ª volta: riprovare fra {minutes} minuti.</source>
            <translation>Wrong recovery key for the {n}th time: try again in {minutes} minutes.</translation>
        </message>
        <message>
            <source>Il database è in uso: chiudere Borgo Desktop su tutte le finestre di questo computer e riprovare.</source>
            <translation>The database is in use: close Borgo Desktop in every window on this computer and try again.</translation>
        </message>
        <message>
            <source>Il programma è già configurato: accedere con un utente esistente.</source>
            <translation>The program is already set up: log in with an existing user.</translation>
        </message>
        <message>
            <source>Il database {name} non corrisponde al file delle chiavi (manca o non è cifrato): ripristinare una copia dalla cartella delle copie di sicurezza.</source>
            <translation>The database {name} does not match the key file (it is missing or not encrypted): restore a copy from the backup folder.</translation>
        </message>
        <message>
            <source>Il database non si può aprire ({problem}).</source>
            <translation>The database cannot be opened ({problem}).</translation>
        </message>
        <message>
            <source>Il file delle chiavi non apre il database {name}: appartiene a un altro database. Ripristinare quello giusto dalle copie di sicurezza.</source>
            <translation>The key file does not open the database {name}: it belongs to another database. Restore the right one from the backups.</translation>
        </message>
        <message>
            <source>Il file delle chiavi {name} è occupato da un'altra finestra del programma: riprovare fra poco.</source>
            <translation>The key file {name} is in use by another window of the program: try again shortly.</translation>
        </message>
        <message>
            <source>Il file delle chiavi {name} è di una versione più recente del programma: aggiornare Borgo Desktop.</source>
            <translation>The key file {name} comes from a newer version of the program: update Borgo Desktop.</translation>
        </message>
        <message>
            <source>Manca il file delle chiavi {name} accanto al database: senza di esso il database cifrato non si può aprire. Ripristinarlo dalla cartella delle copie di sicurezza.</source>
            <translation>The key file {name} next to the database is missing: without it the encrypted database cannot be opened. Restore it from the backup folder.</translation>
        </message>
        <message>
            <source>Il file delle chiavi {name} è illeggibile ({problem}): ripristinarlo dalla cartella delle copie di sicurezza.</source>
            <translation>The key file {name} cannot be read ({problem}): restore it from the backup folder.</translation>
        </message>
        <message>
            <source>Per «{step}» non c'è una lettera da stampare.</source>
            <translation>«{step}» has no letter to print.</translation>
        </message>
        <message>
            <source>Si può vedere la situazione dei pagamenti solo dei nuclei che si seguono.</source>
            <translation>You can only see the payment situation of the households you follow.</translation>
        </message>
        <message>
            <source>Fascia di anzianità sconosciuta: «{bucket}».</source>
            <translation>Unknown ageing bucket: “{bucket}”.</translation>
        </message>
        <message>
            <source>Voce di addebito sconosciuta: «{item}».</source>
            <translation>Unknown charge item: “{item}”.</translation>
        </message>
        <message>
            <source>L'importo di un addebito deve essere maggiore di zero; per ridurre un addebito si emette una nota di credito.</source>
            <translation>A charge must be more than zero; to reduce a charge, issue a credit note.</translation>
        </message>
        <message>
            <source>Scrivere il motivo della nota di credito.</source>
            <translation>Write the reason for the credit note.</translation>
        </message>
        <message>
            <source>L'importo della nota di credito deve essere maggiore di zero.</source>
            <translation>The credit note must be more than zero.</translation>
        </message>
        <message>
            <source>Il costo effettivo delle spese non può essere negativo.</source>
            <translation>The actual cost of the service charges cannot be negative.</translation>
        </message>
        <message>
            <source>Una nota di credito corregge un addebito, non un'altra nota.</source>
            <translation>A credit note corrects a charge, not another credit note.</translation>
        </message>
        <message>
            <source>La nota di credito supera quanto resta dell'addebito ({left}).</source>
            <translation>The credit note is more than what is left of the charge ({left}).</translation>
        </message>
        <message>
            <source>Il conguaglio delle spese {year} per questo nucleo è già stato fatto: per correggerlo si emette una nota di credito o un addebito.</source>
            <translation>The {year} service charge reconciliation of this household is already done: to correct it, issue a credit note or a charge.</translation>
        </message>
        <message>
            <source>Prima di «{step}» serve «{needed}».</source>
            <translation>«{step}» needs «{needed}» first.</translation>
        </message>
        <message>
            <source>Il termine di «{needed}» scade il {day}: «{step}» è possibile solo dopo.</source>
            <translation>The deadline of «{needed}» is {day}: «{step}» is possible only after it.</translation>
        </message>
        <message>
            <source>La data del passaggio non può essere futura.</source>
            <translation>The day of the step cannot be in the future.</translation>
        </message>
        <message>
            <source>Indicare la causa della morosità emersa nel colloquio.</source>
            <translation>Give the cause of the arrears found at the meeting.</translation>
        </message>
        <message>
            <source>Indicare a chi è affidata la pratica (Comune o legale).</source>
            <translation>Say to whom the file is handed (the Comune or counsel).</translation>
        </message>
        <message>
            <source>Il nucleo non ha debiti: nessun passo legale è possibile.</source>
            <translation>The household owes nothing: no legal step is possible.</translation>
        </message>
        <message>
            <source>Passo legale rifiutato: il nucleo è sostenuto ({reasons}). Un responsabile può procedere solo indicando il motivo.</source>
            <translation>Legal step refused: the household is supported ({reasons}). A manager may go ahead only by stating the reason.</translation>
        </message>
        <message>
            <source>Il termine deve seguire il giorno del passaggio.</source>
            <translation>The deadline must come after the step.</translation>
        </message>
        <message>
            <source>Scegliere una delle cause della morosità incolpevole.</source>
            <translation>Choose one of the causes of no-fault arrears.</translation>
        </message>
        <message>
            <source>Il giorno dell'evento non può essere futuro.</source>
            <translation>The day of the event cannot be in the future.</translation>
        </message>
        <message>
            <source>Il reddito non può essere negativo.</source>
            <translation>Income cannot be negative.</translation>
        </message>
        <message>
            <source>Il nucleo ha già una valutazione di morosità incolpevole in corso.</source>
            <translation>The household already has a no-fault arrears assessment pending.</translation>
        </message>
        <message>
            <source>La valutazione è già decisa: non si modifica più.</source>
            <translation>The assessment has been decided: it no longer changes.</translation>
        </message>
        <message>
            <source>La valutazione è già decisa.</source>
            <translation>The assessment has been decided already.</translation>
        </message>
        <message>
            <source>La data della decisione va dall'apertura a oggi.</source>
            <translation>The day of the decision goes from the opening to today.</translation>
        </message>
        <message>
            <source>Per riconoscerla serve l'attestazione ISEE.</source>
            <translation>Recognising it needs the ISEE certificate.</translation>
        </message>
        <message>
            <source>Per riconoscerla il reddito deve essere calato almeno del {minimum}% (registrato: {drop}).</source>
            <translation>Recognising it needs an income drop of at least {minimum}% (recorded: {drop}).</translation>
        </message>
        <message>
            <source>Indicare le misure concordate.</source>
            <translation>Give the measures agreed.</translation>
        </message>
        <message>
            <source>Scrivere perché non è riconosciuta.</source>
            <translation>Write why it is not recognised.</translation>
        </message>
        <message>
            <source>L'importo del pagamento deve essere maggiore di zero.</source>
            <translation>The payment must be more than zero.</translation>
        </message>
        <message>
            <source>Importo troppo alto per un pagamento: {amount}. Controllare la cifra.</source>
            <translation>Amount too high for a payment: {amount}. Check the figure.</translation>
        </message>
        <message>
            <source>La data del pagamento non può essere futura.</source>
            <translation>The payment date cannot be in the future.</translation>
        </message>
        <message>
            <source>Lo storno può essere al massimo di {left}.</source>
            <translation>The reversal can be at most {left}.</translation>
        </message>
        <message>
            <source>Scrivere il motivo dello storno.</source>
            <translation>Write the reason for the reversal.</translation>
        </message>
        <message>
            <source>Uno storno non si può stornare: registrare un nuovo pagamento.</source>
            <translation>A reversal cannot be reversed: record a new payment.</translation>
        </message>
        <message>
            <source>Non c'è un debito da rateizzare.</source>
            <translation>There is no debt to spread over instalments.</translation>
        </message>
        <message>
            <source>Le rate vanno da 1 a {limit}.</source>
            <translation>Instalments go from 1 to {limit}.</translation>
        </message>
        <message>
            <source>La prima rata non può scadere nel passato.</source>
            <translation>The first instalment cannot fall due in the past.</translation>
        </message>
        <message>
            <source>Il debito del piano ({debt}) supera quello del nucleo ({balance}).</source>
            <translation>The plan's debt ({debt}) is more than the household owes ({balance}).</translation>
        </message>
        <message>
            <source>Il nucleo ha già un piano di rientro proposto o in corso.</source>
            <translation>The household already has a repayment plan proposed or running.</translation>
        </message>
        <message>
            <source>Si firma solo un piano proposto (questo è «{status}»).</source>
            <translation>Only a proposed plan is signed (this one is «{status}»).</translation>
        </message>
        <message>
            <source>La data della firma va dalla proposta a oggi.</source>
            <translation>The day of the signature goes from the proposal to today.</translation>
        </message>
        <message>
            <source>Si ritira solo un piano non ancora firmato.</source>
            <translation>Only a plan not yet signed can be withdrawn.</translation>
        </message>
        <message>
            <source>Indicare perché il piano viene ritirato.</source>
            <translation>Say why the plan is withdrawn.</translation>
        </message>
        <message>
            <source>Si rivede un piano in corso o decaduto (questo è «{status}»).</source>
            <translation>Only a running or defaulted plan is revised (this one is «{status}»).</translation>
        </message>
        <message>
            <source>Periodo non valido: «{text}». Scrivere anno e mese come 2026-12.</source>
            <translation>Invalid period: “{text}”. Write the year and month as 2026-12.</translation>
        </message>
        <message>
            <source>L'allerta riguarda un nucleo che non segue.</source>
            <translation>The alert is about a household you do not follow.</translation>
        </message>
        <message>
            <source>{what} non trovato: forse è stato ritirato da un altro utente.</source>
            <translation>{what} not found: another user may have removed it.</translation>
        </message>
        <message>
            <source>Il ruolo «{role}» non consente di {what}.</source>
            <translation>The role “{role}” does not allow you to {what}.</translation>
        </message>
        <message>
            <source>Nessuna persona con codice fiscale {code}.</source>
            <translation>No person with tax code {code}.</translation>
        </message>
        <message>
            <source>Indicare per che cosa è dato il consenso.</source>
            <translation>Say what the consent is given for.</translation>
        </message>
        <message>
            <source>Indicare come è stato raccolto il consenso.</source>
            <translation>Say how the consent was collected.</translation>
        </message>
        <message>
            <source>Indicare la data del consenso.</source>
            <translation>Enter the date of the consent.</translation>
        </message>
        <message>
            <source>La nota può avere al massimo {max} caratteri.</source>
            <translation>The note can be at most {max} characters.</translation>
        </message>
        <message>
            <source>Il consenso «{purpose}» è già registrato e non revocato.</source>
            <translation>The consent “{purpose}” is already recorded and not withdrawn.</translation>
        </message>
        <message>
            <source>Il consenso è già stato revocato il {date}.</source>
            <translation>The consent was already withdrawn on {date}.</translation>
        </message>
        <message>
            <source>Indicare la data della revoca.</source>
            <translation>Enter the date of the withdrawal.</translation>
        </message>
        <message>
            <source>La revoca non può precedere il consenso ({date}).</source>
            <translation>The withdrawal cannot precede the consent ({date}).</translation>
        </message>
        <message>
            <source>Indicare un numero di anni tra {low} e {high}.</source>
            <translation>Enter a number of years between {low} and {high}.</translation>
        </message>
        <message>
            <source>Nessun nucleo selezionato da rendere anonimo.</source>
            <translation>No household selected to anonymise.</translation>
        </message>
        <message>
            <source>Formato di carta non previsto: {paper} (A4 o A3).</source>
            <translation>Unknown paper size: {paper} (A4 or A3).</translation>
        </message>
        <message>
            <source>Esiste già un nucleo con codice {code}.</source>
            <translation>A household with code {code} already exists.</translation>
        </message>
        <message>
            <source>La data di uscita non può precedere quella di ingresso ({joined}).</source>
            <translation>The leaving date cannot be earlier than the joining date ({joined}).</translation>
        </message>
        <message>
            <source>Il canone non può essere negativo.</source>
            <translation>The rent cannot be negative.</translation>
        </message>
        <message>
            <source>Esiste già un edificio con codice {code}.</source>
            <translation>A building with code {code} already exists.</translation>
        </message>
        <message>
            <source>Edificio sconosciuto: {code}.</source>
            <translation>Unknown building: {code}.</translation>
        </message>
        <message>
            <source>Esiste già un alloggio con codice {code}.</source>
            <translation>A unit with code {code} already exists.</translation>
        </message>
        <message>
            <source>Il codice fiscale {code} è già presente in anagrafe.</source>
            <translation>The tax code {code} is already in the register.</translation>
        </message>
        <message>
            <source>Categoria sconosciuta: {code}.</source>
            <translation>Unknown category: {code}.</translation>
        </message>
        <message>
            <source>Il nucleo ha già un intestatario: cambiarlo dalla scheda del nucleo.</source>
            <translation>The household already has a reference person: change it from the household record.</translation>
        </message>
        <message>
            <source>La persona non fa parte di alcun nucleo.</source>
            <translation>The person is not a member of any household.</translation>
        </message>
        <message>
            <source>L'intestatario non può uscire dal nucleo: indicare prima un nuovo intestatario.</source>
            <translation>The reference person cannot leave the household: name a new reference person first.</translation>
        </message>
        <message>
            <source>Il nucleo di destinazione ha già un intestatario.</source>
            <translation>The household they are moving to already has a reference person.</translation>
        </message>
        <message>
            <source>Il nucleo {code} risulta già uscito.</source>
            <translation>Household {code} has already left.</translation>
        </message>
        <message>
            <source>L'alloggio {code} ha già un contratto in corso.</source>
            <translation>Unit {code} already has an active lease.</translation>
        </message>
        <message>
            <source>Il codice fiscale {code} è ripetuto nel nucleo.</source>
            <translation>The tax code {code} appears more than once in the household.</translation>
        </message>
        <message>
            <source>La persona fa già parte di questo nucleo.</source>
            <translation>The person is already a member of this household.</translation>
        </message>
        <message>
            <source>L'intestatario non può lasciare il nucleo: indicare prima un nuovo intestatario.</source>
            <translation>The reference person cannot leave the household: name a new reference person first.</translation>
        </message>
        <message>
            <source>La data di uscita non può precedere l'inizio del contratto ({date}).</source>
            <translation>The leaving date cannot precede the start of the lease ({date}).</translation>
        </message>
        <message>
            <source>Il valore ISEE non può essere negativo.</source>
            <translation>The ISEE value cannot be negative.</translation>
        </message>
        <message>
            <source>Indicare la scadenza dell'attestazione ISEE.</source>
            <translation>Enter the expiry date of the ISEE certificate.</translation>
        </message>
        <message>
            <source>Un nucleo deve avere almeno un componente.</source>
            <translation>A household must have at least one member.</translation>
        </message>
        <message>
            <source>Il Municipio di Milano va da 1 a 9.</source>
            <translation>Milan's Municipio number must be from 1 to 9.</translation>
        </message>
        <message>
            <source>La superficie deve essere maggiore di zero.</source>
            <translation>The floor area must be greater than zero.</translation>
        </message>
        <message>
            <source>L'alloggio deve avere almeno un locale.</source>
            <translation>The unit must have at least one room.</translation>
        </message>
        <message>
            <source>La data di nascita {value} è nel futuro.</source>
            <translation>The date of birth {value} is in the future.</translation>
        </message>
        <message>
            <source>Il nucleo deve avere esattamente un intestatario (ne ha {count}).</source>
            <translation>The household must have exactly one reference person (it has {count}).</translation>
        </message>
        <message>
            <source>La data di nascita {value} non è plausibile.</source>
            <translation>The date of birth {value} is not plausible.</translation>
        </message>
        <message>
            <source>La capienza deve essere un numero positivo.</source>
            <translation>The capacity must be a positive number.</translation>
        </message>
        <message>
            <source>Indicare l'orario di tutti e sette i giorni.</source>
            <translation>Give the opening hours of all seven days.</translation>
        </message>
        <message>
            <source>Indicare chi può prenotare lo spazio.</source>
            <translation>Say who may book the space.</translation>
        </message>
        <message>
            <source>Indicare chi custodisce le chiavi.</source>
            <translation>Say who keeps the keys.</translation>
        </message>
        <message>
            <source>Orario di {day} non valido: usare il formato 08:30.</source>
            <translation>Invalid hours for {day}: use the format 08:30.</translation>
        </message>
        <message>
            <source>Il {day} l'orario di chiusura viene prima dell'apertura.</source>
            <translation>On {day} the closing time is before the opening time.</translation>
        </message>
        <message>
            <source>La cadenza va da 1 a 120 mesi.</source>
            <translation>The interval goes from 1 to 120 months.</translation>
        </message>
        <message>
            <source>Il preavviso va da 0 a 90 giorni.</source>
            <translation>The notice period goes from 0 to 90 days.</translation>
        </message>
        <message>
            <source>Esiste già una ditta con questo nome.</source>
            <translation>A contractor with this name already exists.</translation>
        </message>
        <message>
            <source>Prima di stampare l'ordine di lavoro assegnare la segnalazione a una ditta o a un tecnico interno.</source>
            <translation>Before printing the work order, assign the ticket to a contractor or an in-house technician.</translation>
        </message>
        <message>
            <source>La fine deve venire dopo l'inizio.</source>
            <translation>The end must come after the start.</translation>
        </message>
        <message>
            <source>L'oggetto può avere al massimo {max} caratteri.</source>
            <translation>The subject can have at most {max} characters.</translation>
        </message>
        <message>
            <source>Indicare chi ha fatto la segnalazione.</source>
            <translation>Say who reported it.</translation>
        </message>
        <message>
            <source>Non è possibile {verb}: la segnalazione {code} è nello stato «{status}». Ora si può: {allowed}.</source>
            <translation>Cannot {verb}: ticket {code} is “{status}”. What can be done now: {allowed}.</translation>
        </message>
        <message>
            <source>Indicare una ditta oppure il nome di un tecnico interno.</source>
            <translation>Give a contractor or the name of an in-house technician.</translation>
        </message>
        <message>
            <source>Indicare che cosa si aspetta: ricambi, accesso all'alloggio o la ditta.</source>
            <translation>Say what it is waiting for: parts, access to the unit or the contractor.</translation>
        </message>
        <message>
            <source>Il giudizio dell'inquilino va da 1 a 5.</source>
            <translation>The tenant's rating goes from 1 to 5.</translation>
        </message>
        <message>
            <source>Indicare il motivo della riapertura.</source>
            <translation>Give the reason for reopening.</translation>
        </message>
        <message>
            <source>Il commento è vuoto.</source>
            <translation>The comment is empty.</translation>
        </message>
        <message>
            <source>Il commento può avere al massimo {max} caratteri.</source>
            <translation>The comment can have at most {max} characters.</translation>
        </message>
        <message>
            <source>L'appuntamento non può essere nel passato.</source>
            <translation>The appointment cannot be in the past.</translation>
        </message>
        <message>
            <source>Il file {name} non esiste o non è leggibile.</source>
            <translation>The file {name} does not exist or cannot be read.</translation>
        </message>
        <message>
            <source>Il file {name} è troppo grande (massimo {max} MB).</source>
            <translation>The file {name} is too large (at most {max} MB).</translation>
        </message>
        <message>
            <source>La copia del file {name} non è riuscita: riprovare.</source>
            <translation>Copying the file {name} failed: try again.</translation>
        </message>
        <message>
            <source>Categoria sconosciuta o ritirata: {code}.</source>
            <translation>Unknown or retired category: {code}.</translation>
        </message>
        <message>
            <source>La segnalazione non è aperta: non servono appuntamenti.</source>
            <translation>The ticket is not open: no appointment is needed.</translation>
        </message>
        <message>
            <source>È già aperta una segnalazione simile per lo stesso luogo e la stessa categoria: {codes}. Confermare per aprirne comunque una nuova.</source>
            <translation>A similar ticket is already open for the same place and category: {codes}. Confirm to open a new one anyway.</translation>
        </message>
        <message>
            <source>Indicare dove: un alloggio, uno spazio comune o un edificio.</source>
            <translation>Say where: a unit, a common space or a building.</translation>
        </message>
        <message>
            <source>La ditta {name} non è più attiva.</source>
            <translation>The contractor {name} is no longer active.</translation>
        </message>
        <message>
            <source>Per un guasto delle parti comuni indicare l'impianto o la zona (per esempio «ascensore scala B»).</source>
            <translation>For a fault in the common parts give the system or the area (for example “lift, staircase B”).</translation>
        </message>
        <message>
            <source>Indicare fino a quando è prevista l'ospitalità.</source>
            <translation>Give the day the stay is to end.</translation>
        </message>
        <message>
            <source>La fine dell'ospitalità precede il suo inizio.</source>
            <translation>The end of the stay is before its start.</translation>
        </message>
        <message>
            <source>Le regole consentono al massimo {months} mesi di ospitalità per volta (fino al {day}): per un periodo più lungo serve un rinnovo autorizzato.</source>
            <translation>The rules allow at most {months} months of stay at a time (until {day}): a longer period needs an authorised renewal.</translation>
        </message>
        <message>
            <source>Scegliere il nucleo.</source>
            <translation>Choose the household.</translation>
        </message>
        <message>
            <source>Solo un nucleo residente può ospitare.</source>
            <translation>Only a resident household can host a guest.</translation>
        </message>
        <message>
            <source>L'ospitalità è già autorizzata dal {day}.</source>
            <translation>The stay has been authorised since {day}.</translation>
        </message>
        <message>
            <source>L'ospitalità è già terminata.</source>
            <translation>The stay has already ended.</translation>
        </message>
        <message>
            <source>La data dell'autorizzazione non può essere futura.</source>
            <translation>The day of the authorisation cannot be in the future.</translation>
        </message>
        <message>
            <source>Si rinnova solo un'ospitalità autorizzata.</source>
            <translation>Only an authorised stay can be renewed.</translation>
        </message>
        <message>
            <source>L'ospitalità è già terminata: registrarne una nuova.</source>
            <translation>The stay has already ended: register a new one.</translation>
        </message>
        <message>
            <source>Le regole consentono {n} rinnovi: questa ospitalità li ha già avuti.</source>
            <translation>The rules allow {n} renewals: this stay has had them already.</translation>
        </message>
        <message>
            <source>La fine dell'ospitalità deve cadere tra il suo inizio e oggi.</source>
            <translation>The end of the stay must fall between its start and today.</translation>
        </message>
        <message>
            <source>Nello stato «{status}» non c'è una lettera da stampare: si stampano il richiamo scritto e la diffida.</source>
            <translation>In the status «{status}» there is no letter to print: the written warning and the formal notice are printed.</translation>
        </message>
        <message>
            <source>La violazione {code} non ha ancora avuto questo passaggio.</source>
            <translation>Violation {code} has not had this step yet.</translation>
        </message>
        <message>
            <source>Indicare il giorno del fatto.</source>
            <translation>Give the day it happened.</translation>
        </message>
        <message>
            <source>La data della segnalazione non può essere futura.</source>
            <translation>The day of the report cannot be in the future.</translation>
        </message>
        <message>
            <source>Passaggio sconosciuto: {name}.</source>
            <translation>Unknown step: {name}.</translation>
        </message>
        <message>
            <source>Il giorno del fatto non può essere futuro.</source>
            <translation>The day it happened cannot be in the future.</translation>
        </message>
        <message>
            <source>Scegliere la categoria della violazione.</source>
            <translation>Choose the category of the violation.</translation>
        </message>
        <message>
            <source>Non è possibile passare a «{target}»: la violazione {code} è nello stato «{status}».</source>
            <translation>Cannot move to «{target}»: violation {code} is «{status}».</translation>
        </message>
        <message>
            <source>La data del passaggio precede la segnalazione ({day}).</source>
            <translation>The day of the step is before the report ({day}).</translation>
        </message>
        <message>
            <source>Il termine della diffida scade il {day}: la segnalazione al Comune è possibile solo dopo.</source>
            <translation>The formal notice's deadline is {day}: the escalation to the Comune is possible only after it.</translation>
        </message>
        <message>
            <source>Indicare come si è risolta la violazione.</source>
            <translation>Say how the violation was settled.</translation>
        </message>
        <message>
            <source>Scrivere una nota: che cosa è stato verificato o detto.</source>
            <translation>Write a note: what was checked or said.</translation>
        </message>
        <message>
            <source>Il fatto non può essere successivo alla segnalazione.</source>
            <translation>The fact cannot come after its report.</translation>
        </message>
        <message>
            <source>Il nucleo non aveva preso visione di alcuna versione del regolamento: non si può citare un articolo.</source>
            <translation>The household had acknowledged no version of the house rules: no article can be cited.</translation>
        </message>
        <message>
            <source>Il termine della diffida deve seguire il giorno della diffida.</source>
            <translation>The deadline must come after the day of the formal notice.</translation>
        </message>
        <message>
            <source>La versione {version} del regolamento non ha un articolo {number}.</source>
            <translation>Version {version} of the house rules has no article {number}.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il luogo di nascita {decoded}, diverso da quello indicato {entered}</source>
            <translation>The tax code gives the place of birth {decoded}, which differs from the one entered, {entered}</translation>
        </message>
        <message>
            <source>Indirizzo e-mail non valido: {value}</source>
            <translation>Invalid e-mail address: {value}</translation>
        </message>
        <message>
            <source>Il CAP deve avere cinque cifre</source>
            <translation>The postcode (CAP) must have five digits</translation>
        </message>
        <message>
            <source>Numero di telefono non valido: {value}</source>
            <translation>Invalid phone number: {value}</translation>
        </message>
        <message>
            <source>Le cifre di controllo dell'IBAN sono errate: {value}</source>
            <translation>The IBAN check digits are wrong: {value}</translation>
        </message>
        <message>
            <source>Il codice fiscale è obbligatorio</source>
            <translation>The tax code is required</translation>
        </message>
        <message>
            <source>Il codice fiscale contiene caratteri non validi</source>
            <translation>The tax code contains invalid characters</translation>
        </message>
        <message>
            <source>Il codice fiscale deve avere 16 caratteri (ne ha {length})</source>
            <translation>The tax code must have 16 characters (it has {length})</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il sesso {decoded}, ma è stato indicato {entered}</source>
            <translation>The tax code gives sex {decoded}, but {entered} was entered</translation>
        </message>
        <message>
            <source>Il codice fiscale indica la data di nascita {decoded} (giorno/mese/anno), diversa da quella indicata {entered}</source>
            <translation>The tax code gives the date of birth {decoded} (day/month/year), which differs from the one entered, {entered}</translation>
        </message>
        <message>
            <source>IBAN non valido (paese, lunghezza o formato errati): {value}</source>
            <translation>Invalid IBAN (wrong country, length or format): {value}</translation>
        </message>
        <message>
            <source>Il CIN dell'IBAN è errato (atteso {expected}): {value}</source>
            <translation>The CIN letter of the IBAN is wrong (expected {expected}): {value}</translation>
        </message>
        <message>
            <source>Il carattere di controllo del codice fiscale è errato (atteso {expected})</source>
            <translation>The check character of the tax code is wrong (expected {expected})</translation>
        </message>
        <message>
            <source>Il codice fiscale contiene una data di nascita non valida</source>
            <translation>The tax code contains an invalid date of birth</translation>
        </message>
        <message>
            <source>Il formato del codice fiscale non è valido</source>
            <translation>The tax code format is not valid</translation>
        </message>
        <message>
            <source>Mancano le colonne obbligatorie: {names}.</source>
            <translation>Required columns are missing: {names}.</translation>
        </message>
        <message>
            <source>Il file contiene soltanto l'intestazione, nessuna riga di dati.</source>
            <translation>The file only contains the header row, with no data rows.</translation>
        </message>
        <message>
            <source>Data non valida: «{value}» (usare gg/mm/aaaa).</source>
            <translation>Invalid date: “{value}” (use dd/mm/yyyy).</translation>
        </message>
        <message>
            <source>Sesso non valido: «{value}» (usare M o F).</source>
            <translation>Invalid sex: “{value}” (use M or F).</translation>
        </message>
        <message>
            <source>Relazione non valida: «{value}» (valori ammessi: {allowed}).</source>
            <translation>Invalid relationship: “{value}” (allowed values: {allowed}).</translation>
        </message>
        <message>
            <source>La colonna «{name}» compare più volte nell'intestazione.</source>
            <translation>The column “{name}” appears more than once in the header row.</translation>
        </message>
        <message>
            <source>Il file {name} è nel vecchio formato Excel .xls: salvarlo come .xlsx (Excel: File &gt; Salva con nome) e riprovare.</source>
            <translation>The file {name} is in the old Excel .xls format: save it as .xlsx (Excel: File &gt; Save As) and try again.</translation>
        </message>
        <message>
            <source>Il file {name} non è un foglio Excel .xlsx valido.</source>
            <translation>The file {name} is not a valid Excel .xlsx workbook.</translation>
        </message>
        <message>
            <source>Il file {name} è vuoto: non contiene né intestazione né righe.</source>
            <translation>The file {name} is empty: it has neither a header row nor data rows.</translation>
        </message>
        <message>
            <source>Il file {name} non è un foglio di calcolo: usare un file .xlsx o .csv.</source>
            <translation>The file {name} is not a spreadsheet: use an .xlsx or .csv file.</translation>
        </message>
        <message>
            <source>La cartella {folder} non esiste.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>Impossibile aprire il file {name}: {reason}</source>
            <translation>Cannot open the file {name}: {reason}</translation>
        </message>
        <message>
            <source>Il file {name} non è un foglio Excel .xlsx leggibile.</source>
            <translation>The file {name} is not a readable Excel .xlsx workbook.</translation>
        </message>
        <message>
            <source>Il file CSV {name} non è leggibile: {reason}</source>
            <translation>The CSV file {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Impossibile scrivere {name}: il file è aperto in un altro programma o la cartella è protetta.</source>
            <translation>Cannot write {name}: the file is open in another program or the folder is protected.</translation>
        </message>
        <message>
            <source>Impossibile scrivere {name}: {reason}</source>
            <translation>Cannot write {name}: {reason}</translation>
        </message>
        <message>
            <source>Codifica dei caratteri del file {name} non riconosciuta: salvarlo come «CSV UTF-8».</source>
            <translation>The character encoding of the file {name} was not recognised: save it as “CSV UTF-8”.</translation>
        </message>
        <message>
            <source>Il foglio non è stato salvato in {path}: {reason}</source>
            <translation>The sheet was not saved in {path}: {reason}</translation>
        </message>
        <message>
            <source>Importo non valido: scrivere ad esempio 450,00.</source>
            <translation>Invalid amount: write it as, for example, 450,00.</translation>
        </message>
        <message>
            <source>Data non valida: scrivere gg/mm/aaaa.</source>
            <translation>Invalid date: write dd/mm/yyyy.</translation>
        </message>
        <message>
            <source>Scegliere prima un gruppo dall'elenco.</source>
            <translation>First choose a group from the list.</translation>
        </message>
        <message>
            <source>Aggiungere almeno una persona.</source>
            <translation>Add at least one person.</translation>
        </message>
        <message>
            <source>Scegliere prima un membro del gruppo.</source>
            <translation>First choose a member of the group.</translation>
        </message>
        <message>
            <source>Scegliere prima un evento dall'elenco.</source>
            <translation>First choose an event from the list.</translation>
        </message>
        <message>
            <source>Scegliere prima un nucleo dall'elenco.</source>
            <translation>First choose a household from the list.</translation>
        </message>
        <message>
            <source>Scegliere prima un turno dall'elenco.</source>
            <translation>First choose a turn from the list.</translation>
        </message>
        <message>
            <source>Creare prima un servizio autogestito.</source>
            <translation>First create a self-managed service.</translation>
        </message>
        <message>
            <source>Scegliere prima un servizio dall'elenco.</source>
            <translation>First choose a service from the list.</translation>
        </message>
        <message>
            <source>Selezionare almeno un nucleo della proposta.</source>
            <translation>Select at least one household of the proposal.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il luogo di nascita {decoded}, diverso da quello indicato {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives the place of birth {decoded}, which differs from the one entered, {entered}. Correct it or confirm the exception.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il sesso {decoded}, ma è stato indicato {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives sex {decoded}, but {entered} was entered. Correct it or confirm the exception.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica la data di nascita {decoded} (giorno/mese/anno), diversa da quella indicata {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives the date of birth {decoded} (day/month/year), which differs from the one entered, {entered}. Correct it or confirm the exception.</translation>
        </message>
        <message>
            <source>Codice</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Descrizione breve</source>
            <translation>Short description</translation>
        </message>
        <message>
            <source>Nucleo</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Prenotazione</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Cartella</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Data della valutazione</source>
            <translation>Date of the assessment</translation>
        </message>
        <message>
            <source>Data della firma</source>
            <translation>Date of signature</translation>
        </message>
        <message>
            <source>Data della verifica</source>
            <translation>Date of the review</translation>
        </message>
        <message>
            <source>Data del consenso</source>
            <translation>Date of the consent</translation>
        </message>
        <message>
            <source>Consenso dato da</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <source>Servizio</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Nome del gruppo</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Luogo</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Testo del regolamento</source>
            <translation>Text of the rules</translation>
        </message>
        <message>
            <source>Nome del servizio</source>
            <translation>Service name</translation>
        </message>
        <message>
            <source>Nome</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Gruppo</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Evento</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Regolamento</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Turno</source>
            <translation>Turn</translation>
        </message>
        <message>
            <source>Passaggio</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Piano di rientro</source>
            <translation>Repayment plan</translation>
        </message>
        <message>
            <source>Addebito</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Valutazione</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Pagamento</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Allerta</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>Consenso</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Alloggio</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Cognome</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Indirizzo</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Numero interno</source>
            <translation>Flat number</translation>
        </message>
        <message>
            <source>Data di nascita</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sesso</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Spazio</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Ragione sociale</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Nome del controllo</source>
            <translation>Name of the check</translation>
        </message>
        <message>
            <source>Prima scadenza</source>
            <translation>First due date</translation>
        </message>
        <message>
            <source>Edificio</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Segnalazione</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Categoria</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ditta</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Spazio comune</source>
            <translation>Common space</translation>
        </message>
        <message>
            <source>Nome dell'ospite</source>
            <translation>Guest's name</translation>
        </message>
        <message>
            <source>Ospitalità</source>
            <translation>Stay</translation>
        </message>
        <message>
            <source>Violazione</source>
            <translation>Violation</translation>
        </message>
        <message>
            <source>Segnalata da</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Che cosa è successo</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>inserire il nucleo tra i candidati</source>
            <translation>add the household to the candidates</translation>
        </message>
        <message>
            <source>proporre un alloggio</source>
            <translation>offer a unit</translation>
        </message>
        <message>
            <source>registrare la visita</source>
            <translation>record the visit</translation>
        </message>
        <message>
            <source>registrare l'accettazione</source>
            <translation>record the acceptance</translation>
        </message>
        <message>
            <source>registrare il rifiuto</source>
            <translation>record the refusal</translation>
        </message>
        <message>
            <source>riaprire la candidatura</source>
            <translation>reopen the application</translation>
        </message>
        <message>
            <source>firmare il contratto</source>
            <translation>sign the lease</translation>
        </message>
        <message>
            <source>registrare l'ingresso nell'alloggio</source>
            <translation>record the move-in</translation>
        </message>
        <message>
            <source>prima va inserito tra i candidati</source>
            <translation>it must first be added to the candidates</translation>
        </message>
        <message>
            <source>prima va proposto un alloggio</source>
            <translation>a unit must be offered first</translation>
        </message>
        <message>
            <source>ora si può registrare la visita oppure il rifiuto</source>
            <translation>now the visit or the refusal can be recorded</translation>
        </message>
        <message>
            <source>ora si può registrare l'accettazione oppure il rifiuto</source>
            <translation>now the acceptance or the refusal can be recorded</translation>
        </message>
        <message>
            <source>ora si può firmare il contratto</source>
            <translation>now the lease can be signed</translation>
        </message>
        <message>
            <source>ora si può solo riaprire la candidatura</source>
            <translation>now the application can only be reopened</translation>
        </message>
        <message>
            <source>ora si può registrare l'ingresso nell'alloggio</source>
            <translation>now the move-in can be recorded</translation>
        </message>
        <message>
            <source>il percorso di assegnazione è concluso</source>
            <translation>the allocation process is complete</translation>
        </message>
        <message>
            <source>valutare la segnalazione</source>
            <translation>triage the ticket</translation>
        </message>
        <message>
            <source>assegnare la segnalazione</source>
            <translation>assign the ticket</translation>
        </message>
        <message>
            <source>avviare il lavoro</source>
            <translation>start the work</translation>
        </message>
        <message>
            <source>mettere in attesa</source>
            <translation>put it on hold</translation>
        </message>
        <message>
            <source>segnare la segnalazione come risolta</source>
            <translation>mark the ticket as resolved</translation>
        </message>
        <message>
            <source>chiudere la segnalazione</source>
            <translation>close the ticket</translation>
        </message>
        <message>
            <source>riaprire la segnalazione</source>
            <translation>reopen the ticket</translation>
        </message>
        <message>
            <source>nessuna azione</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>lunedì</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>martedì</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>mercoledì</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>giovedì</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>venerdì</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>sabato</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>domenica</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>sportello</source>
            <translation>front desk</translation>
        </message>
        <message>
            <source>gestione tecnica</source>
            <translation>facility management</translation>
        </message>
        <message>
            <source>assistente sociale</source>
            <translation>social worker</translation>
        </message>
        <message>
            <source>responsabile</source>
            <translation>manager</translation>
        </message>
        <message>
            <source>amministratore</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>consultare l'anagrafe</source>
            <translation>consult the registry</translation>
        </message>
        <message>
            <source>modificare l'anagrafe</source>
            <translation>change the registry</translation>
        </message>
        <message>
            <source>vedere i dati sensibili (ISEE, disabilità)</source>
            <translation>see sensitive data (ISEE, disability)</translation>
        </message>
        <message>
            <source>consultare le assegnazioni</source>
            <translation>consult the allocation plan</translation>
        </message>
        <message>
            <source>gestire le assegnazioni</source>
            <translation>manage the allocation plan</translation>
        </message>
        <message>
            <source>importare dati</source>
            <translation>import data</translation>
        </message>
        <message>
            <source>esportare o stampare dati personali</source>
            <translation>export or print personal data</translation>
        </message>
        <message>
            <source>aprire e commentare segnalazioni</source>
            <translation>open and comment on maintenance tickets</translation>
        </message>
        <message>
            <source>gestire le segnalazioni di manutenzione</source>
            <translation>manage maintenance tickets</translation>
        </message>
        <message>
            <source>chiudere le segnalazioni</source>
            <translation>close maintenance tickets</translation>
        </message>
        <message>
            <source>vedere e registrare i costi di manutenzione</source>
            <translation>see and record maintenance costs</translation>
        </message>
        <message>
            <source>gestire le ditte</source>
            <translation>manage contractors</translation>
        </message>
        <message>
            <source>prenotare gli spazi comuni</source>
            <translation>book the shared spaces</translation>
        </message>
        <message>
            <source>approvare le prenotazioni</source>
            <translation>approve bookings</translation>
        </message>
        <message>
            <source>gestire gli spazi comuni</source>
            <translation>manage the shared spaces</translation>
        </message>
        <message>
            <source>gestire gruppi, eventi e turni</source>
            <translation>manage groups, events and rotas</translation>
        </message>
        <message>
            <source>registrare presenze, turni e prese visione</source>
            <translation>record attendance, rota turns and acknowledgements of the rules</translation>
        </message>
        <message>
            <source>consultare le violazioni del regolamento e gli ospiti</source>
            <translation>read the house-rule violations and the guests</translation>
        </message>
        <message>
            <source>segnalare violazioni del regolamento e registrare ospiti</source>
            <translation>report house-rule violations and register guests</translation>
        </message>
        <message>
            <source>gestire le violazioni del regolamento e autorizzare gli ospiti</source>
            <translation>handle house-rule violations and authorise guests</translation>
        </message>
        <message>
            <source>emettere diffide e segnalare violazioni al Comune</source>
            <translation>issue formal notices and escalate violations to the Comune</translation>
        </message>
        <message>
            <source>seguire la morosità: colloqui, piani di rientro, morosità incolpevole</source>
            <translation>follow arrears: meetings, repayment plans, no-fault arrears</translation>
        </message>
        <message>
            <source>avviare i passi legali per la morosità</source>
            <translation>take legal steps for arrears</translation>
        </message>
        <message>
            <source>sapere chi segue un nucleo</source>
            <translation>know who supports a household</translation>
        </message>
        <message>
            <source>vedere lo stato dei percorsi di accompagnamento</source>
            <translation>see the status of accompaniment cases</translation>
        </message>
        <message>
            <source>leggere le cartelle sociali</source>
            <translation>read social case files</translation>
        </message>
        <message>
            <source>scrivere nelle cartelle sociali</source>
            <translation>write in social case files</translation>
        </message>
        <message>
            <source>assegnare le cartelle sociali</source>
            <translation>assign social case files</translation>
        </message>
        <message>
            <source>consultare saldi ed estratti conto</source>
            <translation>view balances and statements of account</translation>
        </message>
        <message>
            <source>vedere la morosità dei nuclei che segue</source>
            <translation>see the arrears of the households they follow</translation>
        </message>
        <message>
            <source>registrare pagamenti e stampare ricevute</source>
            <translation>record payments and print receipts</translation>
        </message>
        <message>
            <source>importare gli estratti conto della banca</source>
            <translation>import bank statements</translation>
        </message>
        <message>
            <source>emettere addebiti e note di credito</source>
            <translation>issue charges and credit notes</translation>
        </message>
        <message>
            <source>scrivere modelli di comunicazione e il piano di comunicazione</source>
            <translation>write communication templates and the communication plan</translation>
        </message>
        <message>
            <source>stampare o inviare comunicazioni e registrarne le consegne</source>
            <translation>print or send communications and record their delivery</translation>
        </message>
        <message>
            <source>gestire gli utenti</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>consultare il registro delle operazioni</source>
            <translation>consult the audit log</translation>
        </message>
        <message>
            <source>gestire le copie di sicurezza</source>
            <translation>manage backups</translation>
        </message>
        <message>
            <source>modificare le impostazioni</source>
            <translation>change the settings</translation>
        </message>
        <message>
            <source>usare gli strumenti di protezione dei dati</source>
            <translation>use the data-protection tools</translation>
        </message>
        <message>
            <source>«{item}» si programma con l'ingresso nell'alloggio.</source>
            <translation>“{item}” is scheduled when the household moves in.</translation>
        </message>
        <message>
            <source>Lo spazio {code} ha {count} prenotazioni dal {date} in poi: annullarle prima di dismetterlo.</source>
            <translation>Space {code} has {count} bookings from {date} on: cancel them before retiring it.</translation>
        </message>
        <message>
            <source>Il codice di un edificio non si cambia: è parte del codice dei suoi alloggi.</source>
            <translation>A building's code cannot change: it is part of its units' codes.</translation>
        </message>
        <message>
            <source>L'edificio {code} è già dismesso dal {date}.</source>
            <translation>Building {code} was already retired on {date}.</translation>
        </message>
        <message>
            <source>L'edificio {code} ha ancora {count} alloggi non dismessi: dismettere prima gli alloggi.</source>
            <translation>Building {code} still has {count} units not retired: retire the units first.</translation>
        </message>
        <message>
            <source>L'alloggio {code} è già dismesso dal {date}.</source>
            <translation>Unit {code} was already retired on {date}.</translation>
        </message>
        <message>
            <source>L'alloggio {code} ha un contratto in corso: si dismette dopo l'uscita del nucleo.</source>
            <translation>Unit {code} has a current lease: retire it after the household leaves.</translation>
        </message>
        <message>
            <source>L'alloggio {code} è preassegnato a un nucleo: liberarlo prima dall'assegnazione.</source>
            <translation>Unit {code} is reserved for a household: release it from the allocation first.</translation>
        </message>
        <message>
            <source>La dismissione non può precedere la fine dell'ultimo contratto ({date}).</source>
            <translation>Retirement cannot come before the end of the last lease ({date}).</translation>
        </message>
        <message>
            <source>Esiste già uno spazio comune con codice {code}.</source>
            <translation>A common space with code {code} already exists.</translation>
        </message>
        <message>
            <source>Lo spazio {code} è già dismesso dal {date}.</source>
            <translation>Space {code} was already retired on {date}.</translation>
        </message>
        <message>
            <source>L'edificio {code} è dismesso.</source>
            <translation>Building {code} is retired.</translation>
        </message>
        <message>
            <source>Il codice di uno spazio comune non si cambia.</source>
            <translation>A common space's code cannot change.</translation>
        </message>
        <message>
            <source>Il piano va da {low} a {high}.</source>
            <translation>The floor goes from {low} to {high}.</translation>
        </message>
        <message>
            <source>Una superficie di {value} m² non è plausibile per un alloggio (al massimo {most} m²).</source>
            <translation>A surface of {value} m² is not plausible for a unit (at most {most} m²).</translation>
        </message>
        <message>
            <source>Un alloggio di {value} locali non è plausibile (al massimo {most}).</source>
            <translation>A unit of {value} rooms is not plausible (at most {most}).</translation>
        </message>
        <message>
            <source>Dati catastali incompleti: indicare «{label}».</source>
            <translation>Cadastral data incomplete: give “{label}”.</translation>
        </message>
        <message>
            <source>«{label}» catastale non valido: {value}.</source>
            <translation>Cadastral “{label}” not valid: {value}.</translation>
        </message>
        <message>
            <source>Un alloggio nuovo non può essere dismesso.</source>
            <translation>A new unit cannot be retired.</translation>
        </message>
        <message>
            <source>Lo stato «{status}» non si cambia dal modulo: segue il contratto, l'assegnazione o la dismissione.</source>
            <translation>The status “{status}” is not changed from the form: it follows the lease, the allocation or the retirement.</translation>
        </message>
        <message>
            <source>gestire edifici, alloggi e spazi comuni</source>
            <translation>manage buildings, units and common spaces</translation>
        </message>
        <message>
            <source>Il codice può contenere solo lettere, cifre e trattini bassi.</source>
            <translation>The code may contain only letters, digits and underscores.</translation>
        </message>
        <message>
            <source>Scegliere la funzione da quelle previste dal programma.</source>
            <translation>Choose the function from those the program provides.</translation>
        </message>
        <message>
            <source>L'indicatore {code} usa una funzione sconosciuta: «{name}».</source>
            <translation>Indicator {code} uses an unknown function: “{name}”.</translation>
        </message>
        <message>
            <source>Periodo non valido: «{text}». Scrivere un trimestre (2026-Q4), un mese (2026-11) o un anno (2026).</source>
            <translation>Invalid period: “{text}”. Write a quarter (2026-Q4), a month (2026-11) or a year (2026).</translation>
        </message>
        <message>
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Unità</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>vedere gli indicatori e il cruscotto</source>
            <translation>see the indicators and the dashboard</translation>
        </message>
        <message>
            <source>preparare e inviare il pacchetto per il Comune</source>
            <translation>build and submit the package for the Comune</translation>
        </message>
        <message>
            <source>impostare le chiavi del pacchetto per il Comune</source>
            <translation>set the keys of the package for the Comune</translation>
        </message>
        <message>
            <source>La chiave pubblica del Comune deve essere una chiave RSA di almeno {bits} bit.</source>
            <translation>The Comune's public key must be an RSA key of at least {bits} bits.</translation>
        </message>
        <message>
            <source>Il file non è un pacchetto sigillato per il Comune (intestazione mancante o alterata).</source>
            <translation>The file is not a sealed package for the Comune (header missing or altered).</translation>
        </message>
        <message>
            <source>Il pacchetto sigillato è troncato o alterato alla fine (manca l'impronta di chiusura).</source>
            <translation>The sealed package is truncated or altered at the end (the closing fingerprint is missing).</translation>
        </message>
        <message>
            <source>L'impronta SHA-256 del pacchetto sigillato non corrisponde: il file è stato modificato o troncato.</source>
            <translation>The SHA-256 fingerprint of the sealed package does not match: the file was changed or truncated.</translation>
        </message>
        <message>
            <source>L'intestazione del pacchetto sigillato è alterata.</source>
            <translation>The header of the sealed package is altered.</translation>
        </message>
        <message>
            <source>Il contenuto cifrato non corrisponde all'intestazione.</source>
            <translation>The encrypted content does not match the header.</translation>
        </message>
        <message>
            <source>La chiave pubblica del Comune non è leggibile: serve un file PEM («-----BEGIN PUBLIC KEY-----»).</source>
            <translation>The Comune's public key cannot be read: a PEM file is needed (“-----BEGIN PUBLIC KEY-----”).</translation>
        </message>
        <message>
            <source>L'intestazione del pacchetto sigillato non è leggibile.</source>
            <translation>The header of the sealed package cannot be read.</translation>
        </message>
        <message>
            <source>Il pacchetto non si apre con questa chiave privata (chiave diversa o file alterato).</source>
            <translation>The package does not open with this private key (another key, or an altered file).</translation>
        </message>
        <message>
            <source>Manca la chiave pubblica del Comune: l'amministratore la imposta dal file PEM ricevuto ('borgo-desktop report keys --comune-key FILE').</source>
            <translation>The Comune's public key is missing: the administrator sets it from the PEM file received ('borgo-desktop report keys --comune-key FILE').</translation>
        </message>
        <message>
            <source>La chiave dei pseudonimi esiste già e non si cambia: i pseudonimi dei periodi già inviati non corrisponderebbero più.</source>
            <translation>The pseudonym key already exists and is never changed: the pseudonyms of the periods already submitted would no longer match.</translation>
        </message>
        <message>
            <source>Indicare la data di ingresso nel progetto.</source>
            <translation>Enter the date of entry into the project.</translation>
        </message>
        <message>
            <source>Il genere va indicato come F o M.</source>
            <translation>Gender is entered as F or M.</translation>
        </message>
        <message>
            <source>Scegliere il titolo di studio o lasciarlo da completare.</source>
            <translation>Choose the education level, or leave it to be completed.</translation>
        </message>
        <message>
            <source>La data di ingresso non può essere futura.</source>
            <translation>The date of entry cannot be in the future.</translation>
        </message>
        <message>
            <source>La persona non fa parte del nucleo della cartella.</source>
            <translation>The person is not a member of the case file's household.</translation>
        </message>
        <message>
            <source>Indicare la data.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>Indicare l'esito.</source>
            <translation>Enter the result.</translation>
        </message>
        <message>
            <source>L'uscita non può precedere l'ingresso ({day:%d/%m/%Y}).</source>
            <translation>The exit cannot come before the entry ({day:%d/%m/%Y}).</translation>
        </message>
        <message>
            <source>La data di ingresso non può precedere l'apertura della cartella ({day:%d/%m/%Y}).</source>
            <translation>The date of entry cannot come before the case file was opened ({day:%d/%m/%Y}).</translation>
        </message>
        <message>
            <source>La data non può essere futura.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>Prima dell'esito a sei mesi va registrata l'uscita.</source>
            <translation>The exit must be recorded before the six-month result.</translation>
        </message>
        <message>
            <source>L'esito a sei mesi si registra dal {day:%d/%m/%Y} (sei mesi dopo l'uscita).</source>
            <translation>The six-month result is recorded from {day:%d/%m/%Y} (six months after the exit).</translation>
        </message>
        <message>
            <source>Il periodo {period} è già stato inviato il {day:%d/%m/%Y}: per inviarlo di nuovo va prima riaperto, indicando il motivo.</source>
            <translation>Period {period} was already submitted on {day:%d/%m/%Y}: to submit it again, reopen it first and give the reason.</translation>
        </message>
        <message>
            <source>Scrivere il motivo della riapertura (almeno {n} caratteri).</source>
            <translation>Write the reason for reopening (at least {n} characters).</translation>
        </message>
        <message>
            <source>Il periodo {period} non risulta inviato: non c'è nulla da riaprire.</source>
            <translation>Period {period} has not been submitted: there is nothing to reopen.</translation>
        </message>
        <message>
            <source>Cartella sociale</source>
            <translation>Social case</translation>
        </message>
        <message>
            <source>Partecipante</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Manca la chiave dei pseudonimi: l'amministratore la crea una volta sola ('borgo-desktop report keys --new-pseudonym-key').</source>
            <translation>The pseudonym key is missing: the administrator creates it once ('borgo-desktop report keys --new-pseudonym-key').</translation>
        </message>
        <message>
            <source>L'inizio del periodo viene dopo la fine.</source>
            <translation>The start of the period comes after its end.</translation>
        </message>
        <message>
            <source>Questo movimento non ha una ricevuta: solo i pagamenti registrati allo sportello ne hanno una.</source>
            <translation>This entry has no receipt: only payments recorded at the desk have one.</translation>
        </message>
        <message>
            <source>Indicare la data {what}.</source>
            <translation>Enter the date {what}.</translation>
        </message>
        <message>
            <source>La data {what} non può essere nel futuro.</source>
            <translation>The date {what} cannot be in the future.</translation>
        </message>
        <message>
            <source>Scegliere almeno una consegna dall'elenco.</source>
            <translation>Choose at least one delivery from the list.</translation>
        </message>
        <message>
            <source>Consegna non trovata.</source>
            <translation>Delivery not found.</translation>
        </message>
        <message>
            <source>Indicare come è stata consegnata.</source>
            <translation>Say how it was delivered.</translation>
        </message>
        <message>
            <source>Per la raccomandata indicare il numero riportato sulla ricevuta di spedizione.</source>
            <translation>For registered mail enter the number printed on the posting slip.</translation>
        </message>
        <message>
            <source>Scrivere perché è tornata indietro (es. destinatario sconosciuto, rifiutata).</source>
            <translation>Write why it came back (e.g. addressee unknown, refused).</translation>
        </message>
        <message>
            <source>Comunicazione «{code}» non trovata.</source>
            <translation>Communication “{code}” not found.</translation>
        </message>
        <message>
            <source>Le e-mail si inviano dal programma («Invia per e-mail…»), che registra da sé la consegna.</source>
            <translation>E-mails are sent from the program (“Send by e-mail…”), which records the delivery itself.</translation>
        </message>
        <message>
            <source>Ogni raccomandata ha il suo numero: registrarle una per volta.</source>
            <translation>Each registered letter has its own number: record them one at a time.</translation>
        </message>
        <message>
            <source>Per {n} consegne la ricevuta è già tornata: non si cambia più come sono state spedite.</source>
            <translation>For {n} deliveries the receipt has already come back: how they were sent no longer changes.</translation>
        </message>
        <message>
            <source>Si registra la ricevuta di una comunicazione già spedita o consegnata: prima indicare come è uscita.</source>
            <translation>A receipt is recorded for a communication already sent or delivered: first say how it went out.</translation>
        </message>
        <message>
            <source>La ricevuta non può essere precedente alla consegna ({day}).</source>
            <translation>The receipt cannot be earlier than the delivery ({day}).</translation>
        </message>
        <message>
            <source>Torna indietro solo una comunicazione già spedita.</source>
            <translation>Only a communication already sent can come back.</translation>
        </message>
        <message>
            <source>Indicare il server di posta in uscita (es. smtp.comune.milano.it).</source>
            <translation>Enter the outgoing mail server (e.g. smtp.comune.milano.it).</translation>
        </message>
        <message>
            <source>La porta va da 1 a 65535 (di solito 587).</source>
            <translation>The port goes from 1 to 65535 (usually 587).</translation>
        </message>
        <message>
            <source>Sicurezza non prevista: scegliere STARTTLS o SSL.</source>
            <translation>Unknown security: choose STARTTLS or SSL.</translation>
        </message>
        <message>
            <source>L'indirizzo del mittente non è un indirizzo e-mail valido.</source>
            <translation>The sender address is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>Manca la password del server di posta per {user}: inserirla nelle impostazioni della posta.</source>
            <translation>The mail server password for {user} is missing: enter it in the mail settings.</translation>
        </message>
        <message>
            <source>Il server di posta non è configurato: indicarlo nelle impostazioni della posta (server, porta, mittente).</source>
            <translation>The mail server is not configured: set it in the mail settings (server, port, sender).</translation>
        </message>
        <message>
            <source>Tutte le lettere di {code} sono già state consegnate.</source>
            <translation>All the letters of {code} have already been delivered.</translation>
        </message>
        <message>
            <source>Il portachiavi del sistema non risponde ({error}).</source>
            <translation>The system keyring does not answer ({error}).</translation>
        </message>
        <message>
            <source>Il server di posta ha rifiutato utente e password ({user}).</source>
            <translation>The mail server refused the user name and password ({user}).</translation>
        </message>
        <message>
            <source>Il server di posta {host}:{port} non risponde o rifiuta la connessione sicura ({error}). Nessuna e-mail è stata inviata.</source>
            <translation>The mail server {host}:{port} does not answer or refuses the secure connection ({error}). No e-mail was sent.</translation>
        </message>
        <message>
            <source>Comunicazione non trovata.</source>
            <translation>Communication not found.</translation>
        </message>
        <message>
            <source>Nessuna e-mail inviata: {households} non hanno dato il consenso al contatto per e-mail o non hanno un indirizzo. Consegnare la lettera a mano o per posta.</source>
            <translation>No e-mail sent: {households} have not consented to e-mail contact or have no address. Deliver the letter by hand or by post.</translation>
        </message>
        <message>
            <source>Il portachiavi del sistema non ha accettato la password ({error}): la password non è stata salvata.</source>
            <translation>The system keyring did not accept the password ({error}): the password was not saved.</translation>
        </message>
        <message>
            <source>di consegna</source>
            <translation>of delivery</translation>
        </message>
        <message>
            <source>della ricevuta</source>
            <translation>of the receipt</translation>
        </message>
        <message>
            <source>del rientro</source>
            <translation>it came back</translation>
        </message>
        <message>
            <source>Indicare un mese, per esempio 2026-11.</source>
            <translation>Enter a month, for example 2026-11.</translation>
        </message>
        <message>
            <source>Il file XML contiene una dichiarazione DOCTYPE: non è un estratto conto e non viene letto.</source>
            <translation>The XML file contains a DOCTYPE declaration: it is not a bank statement and is not read.</translation>
        </message>
        <message>
            <source>Il file XML non è un estratto conto CAMT.053 (spazio dei nomi «{ns}»).</source>
            <translation>The XML file is not a CAMT.053 statement (namespace “{ns}”).</translation>
        </message>
        <message>
            <source>Importo mancante ({where}).</source>
            <translation>Amount missing ({where}).</translation>
        </message>
        <message>
            <source>Importo non valido ({where}): «{raw}».</source>
            <translation>Invalid amount ({where}): “{raw}”.</translation>
        </message>
        <message>
            <source>Il file CAMT.053 non contiene nessun estratto conto (Stmt).</source>
            <translation>The CAMT.053 file contains no statement (Stmt).</translation>
        </message>
        <message>
            <source>L'estratto conto non indica l'IBAN del conto.</source>
            <translation>The statement does not give the account's IBAN.</translation>
        </message>
        <message>
            <source>Il file contiene estratti di più conti ({accounts}): importarli uno per file.</source>
            <translation>The file holds statements of several accounts ({accounts}): import them one per file.</translation>
        </message>
        <message>
            <source>Il conto dell'estratto è in {ccy}, non in euro.</source>
            <translation>The statement's account is in {ccy}, not in euros.</translation>
        </message>
        <message>
            <source>Movimento {n}: manca l'indicazione dare/avere (CdtDbtInd).</source>
            <translation>Entry {n}: the debit/credit indicator (CdtDbtInd) is missing.</translation>
        </message>
        <message>
            <source>Il file XML non è leggibile (riga {line}): non è un estratto conto valido.</source>
            <translation>The XML file cannot be read (line {line}): it is not a valid statement.</translation>
        </message>
        <message>
            <source>Data mancante o non valida ({where}): «{raw}».</source>
            <translation>Date missing or invalid ({where}): “{raw}”.</translation>
        </message>
        <message>
            <source>Il file CSV non ha l'intestazione di un estratto conto (data, importo o dare/avere, descrizione separati da «;»).</source>
            <translation>The CSV file has no statement header (date, amount or debit/credit, description separated by “;”).</translation>
        </message>
        <message>
            <source>Il file CSV non contiene movimenti.</source>
            <translation>The CSV file contains no entries.</translation>
        </message>
        <message>
            <source>Riga {line}: manca l'importo.</source>
            <translation>Line {line}: the amount is missing.</translation>
        </message>
        <message>
            <source>Riga {line}: data non valida «{raw}» (atteso gg/mm/aaaa).</source>
            <translation>Line {line}: invalid date “{raw}” (expected dd/mm/yyyy).</translation>
        </message>
        <message>
            <source>Riga {line}: importo non valido (atteso 1.234,56).</source>
            <translation>Line {line}: invalid amount (expected 1.234,56).</translation>
        </message>
        <message>
            <source>Il file è troppo grande per un estratto conto.</source>
            <translation>The file is too large for a statement.</translation>
        </message>
        <message>
            <source>Il file non è un estratto conto (né CAMT.053 né CSV).</source>
            <translation>The file is not a bank statement (neither CAMT.053 nor CSV).</translation>
        </message>
        <message>
            <source>L'estratto è del conto {iban}, che non è un conto dell'ufficio ({accounts}).</source>
            <translation>The statement is of account {iban}, which is not one of the office's ({accounts}).</translation>
        </message>
        <message>
            <source>Il file non indica il conto: indicare di quale conto dell'ufficio è l'estratto.</source>
            <translation>The file does not give the account: say which of the office's accounts it is of.</translation>
        </message>
        <message>
            <source>Il file {name} non si può leggere: {error}.</source>
            <translation>The file {name} cannot be read: {error}.</translation>
        </message>
        <message>
            <source>Il nucleo non ha un pagamento da cui togliere questo storno: scegliere un altro nucleo o scartare il movimento.</source>
            <translation>The household has no payment this reversal can take back: choose another household or dismiss the line.</translation>
        </message>
        <message>
            <source>Il movimento non è più da abbinare ({status}).</source>
            <translation>The bank line is no longer waiting to be matched ({status}).</translation>
        </message>
        <message>
            <source>Scrivere perché il movimento viene scartato.</source>
            <translation>Write why the bank line is dismissed.</translation>
        </message>
        <message>
            <source>Il pagamento da stornare non è di questo nucleo.</source>
            <translation>The payment to reverse is not of this household.</translation>
        </message>
        <message>
            <source>L'IBAN {iban} è già registrato per il nucleo {code}.</source>
            <translation>The IBAN {iban} is already recorded for household {code}.</translation>
        </message>
        <message>
            <source>Movimento</source>
            <translation>Bank line</translation>
        </message>
        <message>
            <source>Scrivere l'importo ricevuto.</source>
            <translation>Enter the amount received.</translation>
        </message>
        <message>
            <source>Indicare il nucleo che ha pagato.</source>
            <translation>Name the household that paid.</translation>
        </message>
        <message>
            <source>Nessun nucleo con il codice «{code}».</source>
            <translation>No household with the code «{code}».</translation>
        </message>
        <message>
            <source>La descrizione è troppo lunga: al massimo {n} caratteri.</source>
            <translation>The description is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>L'unità è troppo lunga: al massimo {n} caratteri.</source>
            <translation>The unit is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>Il codice del Comune è troppo lungo: al massimo {n} caratteri.</source>
            <translation>The Comune's code is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>La posizione deve essere un numero intero da 0 a 9999.</source>
            <translation>The position must be a whole number from 0 to 9999.</translation>
        </message>
        <message>
            <source>L'indicatore {code} è stato aggiunto dall'ufficio: non ha una versione predefinita da ripristinare.</source>
            <translation>Indicator {code} was added by the office: it has no default version to restore.</translation>
        </message>
        <message>
            <source>Il codice è troppo lungo: al massimo {n} caratteri.</source>
            <translation>The code is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>La funzione scelta non prevede il parametro «{param}».</source>
            <translation>The chosen function has no parameter “{param}”.</translation>
        </message>
        <message>
            <source>Il parametro «{param}» è obbligatorio per questa funzione.</source>
            <translation>The parameter “{param}” is required for this function.</translation>
        </message>
        <message>
            <source>La chiave di firma delle ancore nel file {name} non si apre con la chiave di questo database: il file delle chiavi è stato alterato.</source>
            <translation>The anchor signing key in the file {name} does not open with this database's key: the key file has been tampered with.</translation>
        </message>
        <message>
            <source>Il manifesto della copia {name} è illeggibile: non si può usare per controllare il registro.</source>
            <translation>The manifest of the backup {name} is unreadable: it cannot be used to check the log.</translation>
        </message>
        <message>
            <source>La copia del database è risultata danneggiata ed è stata scartata: il database stesso è probabilmente danneggiato (controllare con 'borgo-desktop db check'). {way_out}</source>
            <translation>The copy of the database turned out damaged and was discarded: the database itself is probably damaged (check it with 'borgo-desktop db check'). {way_out}</translation>
        </message>
        <message>
            <source>Nessuna ancora valida del registro: eseguire 'borgo-desktop audit verify' per capire che cosa è successo.</source>
            <translation>No valid audit anchor: run 'borgo-desktop audit verify' to find out what happened.</translation>
        </message>
        <message>
            <source>Il database {name} {state}, ma accanto c'è il file delle chiavi {keys}: non è una nuova installazione, e il programma non lo ricrea (le chiavi andrebbero perse).{where}</source>
            <translation>The database {name} {state}, but the key file {keys} is beside it: this is not a new installation, and the program does not create it again (the keys would be lost).{where}</translation>
        </message>
        <message>
            <source>non si riesce a leggerlo per intero, quindi la copia non si può fare (controllare con 'borgo-desktop db check').</source>
            <translation>it cannot be read in full, so no copy can be made (check it with 'borgo-desktop db check').</translation>
        </message>
        <message>
            <source>non si riesce ad aprirlo.</source>
            <translation>it cannot be opened.</translation>
        </message>
        <message>
            <source>Il {day} è già passato: indicare il motivo per registrare una prenotazione nel passato (es. «registrata a posteriori»).</source>
            <translation>{day} has already gone: give the reason for recording a booking in the past (e.g. «recorded afterwards»).</translation>
        </message>
        <message>
            <source>Il {day} alle {time} l'ora non esiste: quella notte gli orologi passano dalle 02:00 alle 03:00 (inizio dell'ora legale). Scegliere un altro orario.</source>
            <translation>On {day} the time {time} does not exist: that night the clocks go from 02:00 to 03:00 (summer time begins). Choose another time.</translation>
        </message>
        <message>
            <source>Il {day} le {time} capitano due volte: quella notte gli orologi tornano dalle 03:00 alle 02:00 (fine dell'ora legale). Scegliere se si intende la prima volta (ora legale) o la seconda (ora solare).</source>
            <translation>On {day} the time {time} happens twice: that night the clocks go back from 03:00 to 02:00 (summer time ends). Choose whether you mean the first time (summer time) or the second (winter time).</translation>
        </message>
        <message>
            <source>Il file {name} non è un foglio di calcolo: si possono importare solo file .xlsx o .csv.</source>
            <translation>The file {name} is not a spreadsheet: only .xlsx or .csv files can be imported.</translation>
        </message>
        <message>
            <source>Il file {name} una volta aperto occuperebbe {size} MB: è troppo grande (o costruito per bloccare il programma) e non viene letto.</source>
            <translation>The file {name} would take {size} MB once opened: it is too large (or built to block the program) and is not read.</translation>
        </message>
        <message>
            <source>Il file {name} mescola due codifiche dei caratteri: le righe {rows} non sono in UTF-8 come le altre (i nomi con accenti verrebbero storpiati). Correggerle e salvare il file come «CSV UTF-8».</source>
            <translation>The file {name} mixes two character encodings: the rows {rows} are not in UTF-8 like the others (names with accents would be garbled). Correct them and save the file as «CSV UTF-8».</translation>
        </message>
        <message>
            <source>Modificato da {user} alle {time}; ricarica per vedere le modifiche.</source>
            <translation>Changed by {user} at {time}; reload to see the changes.</translation>
        </message>
        <message>
            <source>Il database è in uso da un'altra finestra o da un altro programma: chiuderli e ripetere il cambio della chiave.</source>
            <translation>The database is in use by another window or another program: close them and repeat the key change.</translation>
        </message>
        <message>
            <source>L'utente {username} è disattivato, ma la chiave del database non è stata cambiata: {problem} Ripetere con 'borgo-desktop keys rotate'.</source>
            <translation>The user {username} is disabled, but the database key has not been changed: {problem} Repeat with 'borgo-desktop keys rotate'.</translation>
        </message>
        <message>
            <source>{what} non è riuscito: {detail}</source>
            <translation>{what} failed: {detail}</translation>
        </message>
        <message>
            <source>Per le copie del database PostgreSQL (server versione {major}) servono i programmi {missing} della stessa versione {major}; {found}. Installare il pacchetto postgresql-client-{major} (Debian, Ubuntu) o gli strumenti client di PostgreSQL {major}, oppure indicarne la cartella nella variabile BORGO_PG_BIN.</source>
            <translation>Backups of the PostgreSQL database (server version {major}) need the programs {missing} of the same version {major}; {found}. Install the package postgresql-client-{major} (Debian, Ubuntu) or the PostgreSQL {major} client tools, or give their folder in the BORGO_PG_BIN variable.</translation>
        </message>
        <message>
            <source>La password di {user} non è corretta: la copia non è stata fatta.</source>
            <translation>The password of {user} is not correct: the backup was not made.</translation>
        </message>
        <message>
            <source>Il file {path} non esiste.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>La copia {name} è danneggiata o è stata modificata: la sua impronta non coincide con quella del manifesto.</source>
            <translation>The backup {name} is damaged or has been changed: its fingerprint does not match the manifest's.</translation>
        </message>
        <message>
            <source>La copia {name} è stata fatta da {creator}: si apre solo con la password che aveva quel giorno (accedere come {creator}).</source>
            <translation>The backup {name} was made by {creator}: it opens only with the password they had that day (sign in as {creator}).</translation>
        </message>
        <message>
            <source>La password di {user} non apre la copia {name}: serve la password che {user} aveva il giorno della copia.</source>
            <translation>The password of {user} does not open the backup {name}: it needs the password {user} had on the day of the backup.</translation>
        </message>
        <message>
            <source>Il manifesto della copia {name} è stato modificato: la copia non è affidabile.</source>
            <translation>The manifest of the backup {name} has been changed: the backup cannot be trusted.</translation>
        </message>
        <message>
            <source>Il file {name} non contiene un database di Borgo Desktop.</source>
            <translation>The file {name} does not contain a Borgo Desktop database.</translation>
        </message>
        <message>
            <source>Ripristino rifiutato: la copia {name} viene da una versione più recente del programma (revisione {revision}): aggiornare Borgo Desktop prima di ripristinarla. Il database attuale non è stato modificato.</source>
            <translation>Restore refused: the backup {name} comes from a newer version of the program (revision {revision}): update Borgo Desktop before restoring it. The current database has not been changed.</translation>
        </message>
        <message>
            <source>Ripristino rifiutato: la copia {name} è dello schema {theirs}, il database aperto usa lo schema {ours}. Il database attuale non è stato modificato.</source>
            <translation>Restore refused: the backup {name} is of the schema {theirs}, the open database uses the schema {ours}. The current database has not been changed.</translation>
        </message>
        <message>
            <source>Ripristino rifiutato: il database è in uso da altre connessioni ({count}: altre postazioni o programmi). Chiudere Borgo Desktop ovunque e ripetere il ripristino.</source>
            <translation>Restore refused: the database is in use by other connections ({count}: other desks or programs). Close Borgo Desktop everywhere and repeat the restore.</translation>
        </message>
        <message>
            <source>Manca il manifesto della copia {name} ({manifest}): senza di esso la copia non si può controllare.</source>
            <translation>The manifest of the backup {name} ({manifest}) is missing: without it the backup cannot be checked.</translation>
        </message>
        <message>
            <source>La copia {name} è danneggiata o è stata modificata (la cifratura non torna).</source>
            <translation>The backup {name} is damaged or has been changed (the encryption does not check out).</translation>
        </message>
        <message>
            <source>Azione del piano non trovata.</source>
            <translation>Plan action not found.</translation>
        </message>
        <message>
            <source>Indicare la fase del borgo a cui appartiene l'azione.</source>
            <translation>Choose the phase of the borgo the action belongs to.</translation>
        </message>
        <message>
            <source>Indicare a chi si rivolge l'azione.</source>
            <translation>Choose who the action is for.</translation>
        </message>
        <message>
            <source>Dare un titolo all'azione.</source>
            <translation>Give the action a title.</translation>
        </message>
        <message>
            <source>Indicare la data dell'azione.</source>
            <translation>Enter the date of the action.</translation>
        </message>
        <message>
            <source>L'azione è collegata a una comunicazione: i raggiunti si contano dal registro delle consegne e non si scrivono a mano.</source>
            <translation>The action is linked to a mailing: the people reached are counted from the delivery log and are not typed.</translation>
        </message>
        <message>
            <source>Indicare quante persone o nuclei sono stati raggiunti (anche 0).</source>
            <translation>Enter how many people or households were reached (0 is fine).</translation>
        </message>
        <message>
            <source>I presenti non possono essere un numero negativo.</source>
            <translation>The number who came cannot be negative.</translation>
        </message>
        <message>
            <source>Il testo è troppo lungo: al massimo {n} caratteri.</source>
            <translation>The text is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>I raggiunti non possono essere un numero negativo.</source>
            <translation>The number reached cannot be negative.</translation>
        </message>
        <message>
            <source>La comunicazione {mailing} è stata stampata dal modello {used}, non da {code}.</source>
            <translation>The mailing {mailing} was printed from the template {used}, not from {code}.</translation>
        </message>
        <message>
            <source>L'azione è annullata: non si modifica più.</source>
            <translation>The action is cancelled: it can no longer be edited.</translation>
        </message>
        <message>
            <source>Si segna come svolta solo un'azione programmata (questa è «{status}»).</source>
            <translation>Only a planned action can be marked as done (this one is «{status}»).</translation>
        </message>
        <message>
            <source>L'azione è prevista per il {day}: si segna come svolta da quel giorno in poi (o se ne cambia prima la data).</source>
            <translation>The action is planned for {day}: it can be marked as done from that day on (or change its date first).</translation>
        </message>
        <message>
            <source>Si annulla solo un'azione programmata (questa è «{status}»).</source>
            <translation>Only a planned action can be cancelled (this one is «{status}»).</translation>
        </message>
        <message>
            <source>I presenti ({came}) non possono essere più dei raggiunti ({reached}).</source>
            <translation>Those who came ({came}) cannot be more than those reached ({reached}).</translation>
        </message>
        <message>
            <source>Raggiunti e presenti si registrano quando l'azione è svolta («Segna come svolta…»).</source>
            <translation>Reach and attendance are recorded when the action is done («Mark as done…»).</translation>
        </message>
        <message>
            <source>Scrivere perché l'azione è annullata.</source>
            <translation>Write why the action is cancelled.</translation>
        </message>
        <message>
            <source>Nessun turno dal {first} al {last}: pianificare i turni prima di stamparli.</source>
            <translation>No turns from {first} to {last}: plan the turns before printing them.</translation>
        </message>
        <message>
            <source>pg_restore --list</source>
            <translation>pg_restore --list</translation>
        </message>
        <message>
            <source>Il ripristino (psql)</source>
            <translation>The restore (psql)</translation>
        </message>
        <message>
            <source>pg_dump</source>
            <translation>pg_dump</translation>
        </message>
        <message>
            <source>Lingua non disponibile per il manuale: «{lang}». Scegliere tra {choices}.</source>
            <translation>Language not available for the handbook: «{lang}». Choose from {choices}.</translation>
        </message>
    </context>
</TS>
