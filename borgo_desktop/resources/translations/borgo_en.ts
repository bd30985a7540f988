<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
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
            <source>Doppio clic per aprire la scheda del nucleo</source>
            <translation>Double-click to open the household record</translation>
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
            <source>Nuovo servizio del quartiere</source>
            <translation>New neighbourhood service</translation>
        </message>
        <message>
            <source>Preparazione del volantino</source>
            <translation>Preparing the leaflet</translation>
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
        <name>DateEdit</name>
        <message>
            <source>gg/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
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
        <name>FileStep</name>
        <message>
            <source>1. Il file da importare</source>
            <translation>1. The file to import</translation>
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
            <source>Importo ISEE non leggibile: usare il formato 12.345,67</source>
            <translation>The ISEE amount cannot be read: use the format 12.345,67</translation>
        </message>
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
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Importa nuclei da foglio di calcolo</source>
            <translation>Import households from a spreadsheet</translation>
        </message>
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
            <source>Importa solo i nuclei &amp;validi (salta quelli con errori)</source>
            <translation>Import only &amp;valid households (skip those with errors)</translation>
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
            <source>Nuclei scritti: {done} di {total}</source>
            <translation>Households written: {done} of {total}</translation>
        </message>
        <message>
            <source>Importazione in corso…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Importazione dei nuclei</source>
            <translation>Importing households</translation>
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
            <source>{count} righe esportate in {path}</source>
            <translation>{count} rows exported to {path}</translation>
        </message>
        <message>
            <source>Preparazione della stampa</source>
            <translation>Preparing the printout</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Borgo Desktop – Ufficio di borgo</source>
            <translation>Borgo Desktop – Neighbourhood office</translation>
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
            <source>Spazi comuni</source>
            <translation>Shared spaces</translation>
        </message>
        <message>
            <source>Comunità</source>
            <translation>Community</translation>
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
            <source>&amp;Esci</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
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
            <source>Utente: {name} ({role})</source>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <source>Database: {db}</source>
            <translation>Database: {db}</translation>
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
            <source>da fare</source>
            <translation>to do</translation>
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
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Entrato</source>
            <translation>Moved in</translation>
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
        <name>UnitListPage</name>
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
            <source>Senza categoria</source>
            <translation>No category</translation>
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
            <source>L'attestazione ISEE del nucleo è scaduta il {date}: serve una nuova DSU.</source>
            <translation>The household's ISEE certificate expired on {date}: a new DSU is needed.</translation>
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
            <source>La copia del database è risultata danneggiata ({problem}) ed è stata scartata. Il database stesso potrebbe essere danneggiato: contattare l'assistenza.</source>
            <translation>The copy of the database turned out damaged ({problem}) and was discarded. The database itself may be damaged: contact support.</translation>
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
            <source>Il campo «{label}» è obbligatorio.</source>
            <translation>The field “{label}” is required.</translation>
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
            <source>{what} non trovato: forse è stato ritirato da un altro utente.</source>
            <translation>{what} not found: another user may have removed it.</translation>
        </message>
        <message>
            <source>Il ruolo «{role}» non consente di {what}.</source>
            <translation>The role “{role}” does not allow you to {what}.</translation>
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
            <source>Testo troppo lungo: al massimo {limit} caratteri (ne ha {length}).</source>
            <translation>Text too long: at most {limit} characters (it has {length}).</translation>
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
            <source>Importo non valido: scrivere ad esempio 450,00.</source>
            <translation>Invalid amount: write it as, for example, 450,00.</translation>
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
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Regolamento</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Servizio</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Turno</source>
            <translation>Turn</translation>
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
    </context>
</TS>
