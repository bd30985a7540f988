<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
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
        <name>CrashDialog</name>
        <message>
            <source>Errore imprevisto</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Si è verificato un errore imprevisto del programma.
I dati che stava inserendo sono ancora nella finestra: può chiudere questo messaggio e riprovare, oppure salvare e riavviare il programma.
Se il problema si ripete, copi i dettagli e li invii all'assistenza.</source>
            <translation>The program ran into an unexpected error.
What you were typing is still in the window: close this message and try again, or save and restart the program.
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
            <source>Modifiche non salvate</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Ci sono modifiche non salvate. Uscire senza salvare?</source>
            <translation>There are unsaved changes. Leave without saving?</translation>
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
            <source>Salva</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
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
            <translation>ISEE expiry</translation>
        </message>
        <message>
            <source>Protocollo DSU</source>
            <translation>DSU protocol</translation>
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
            <translation>Unreadable ISEE amount: use the format 12.345,67</translation>
        </message>
        <message>
            <source>Il modulo contiene un errore: correggere il campo evidenziato.</source>
            <translation>The form has one error: correct the highlighted field.</translation>
        </message>
        <message>
            <source>Il modulo contiene {n} errori: correggere i campi evidenziati.</source>
            <translation>The form has {n} errors: correct the highlighted fields.</translation>
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
            <translation>Print sheet</translation>
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
            <translation>DSU protocol</translation>
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
            <translation>Relation</translation>
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
            <translation>Surface and rooms</translation>
        </message>
        <message>
            <source>Regime</source>
            <translation>Regime</translation>
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
            <translation>Open unit page</translation>
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
            <translation>{name} leaves the household on {date}. Confirm?</translation>
        </message>
        <message>
            <source>Uscita dal nucleo</source>
            <translation>Leaving the household</translation>
        </message>
        <message>
            <source>Preparazione della scheda</source>
            <translation>Preparing the sheet</translation>
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
            <translation>Double-click or Enter to open</translation>
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
            <translation>This person is not a member of any household today.</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
        <message>
            <source>Comune, o Stato se all'estero</source>
            <translation>Municipality, or country if abroad</translation>
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
            <translation>Given name *</translation>
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
            <translation>Employment</translation>
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
        <message>
            <source>Salva</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation>Cancel</translation>
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
        <name>SearchBox</name>
        <message>
            <source>Cerca nucleo, persona, codice fiscale o alloggio  (Ctrl+F)</source>
            <translation>Search household, person, tax code or unit  (Ctrl+F)</translation>
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
            <translation>Regime:</translation>
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
            <translation>Flat number</translation>
        </message>
        <message>
            <source>Superficie</source>
            <translation>Surface</translation>
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
            <translation>Regime</translation>
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
            <translation>Land registry data</translation>
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
            <translation>Open household page</translation>
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
            <translation>from the household's ISEE band</translation>
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
            <translation>Employee</translation>
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
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Nessun titolo</source>
            <translation>No qualification</translation>
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
            <translation>Indigent (ISEE ≤ threshold)</translation>
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
            <translation>Elderly person alone</translation>
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
            <translation>Unit proposed</translation>
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
            <translation>Meter reading</translation>
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
            <translation>Information session</translation>
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
            <translation>Name</translation>
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
            <translation>Surface m²</translation>
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
            <translation>Regime</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Il codice fiscale indica il luogo di nascita {decoded}, diverso da quello indicato {entered}</source>
            <translation>The tax code gives the place of birth {decoded}, not the one entered ({entered})</translation>
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
            <translation>The tax code gives the date of birth {decoded} (day/month/year), not the one entered ({entered})</translation>
        </message>
        <message>
            <source>IBAN non valido (paese, lunghezza o formato errati): {value}</source>
            <translation>Invalid IBAN (wrong country, length or format): {value}</translation>
        </message>
        <message>
            <source>Il CIN dell'IBAN è errato (atteso {expected}): {value}</source>
            <translation>The IBAN CIN letter is wrong (expected {expected}): {value}</translation>
        </message>
        <message>
            <source>Il carattere di controllo del codice fiscale è errato (atteso {expected})</source>
            <translation>The tax code check character is wrong (expected {expected})</translation>
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
            <source>Il campo «{label}» è obbligatorio.</source>
            <translation>The field “{label}” is required.</translation>
        </message>
        <message>
            <source>Esiste già un nucleo con codice {code}.</source>
            <translation>A household with code {code} already exists.</translation>
        </message>
        <message>
            <source>La data di uscita non può precedere quella di ingresso ({joined}).</source>
            <translation>The leaving date cannot be before the joining date ({joined}).</translation>
        </message>
        <message>
            <source>Il canone non può essere negativo.</source>
            <translation>The rent cannot be negative.</translation>
        </message>
        <message>
            <source>La fine del contratto deve seguire l'inizio.</source>
            <translation>The lease must end after it starts.</translation>
        </message>
        <message>
            <source>Alloggio sconosciuto: {code}.</source>
            <translation>Unknown unit: {code}.</translation>
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
            <translation>The tax code {code} is already in the registry.</translation>
        </message>
        <message>
            <source>Categoria sconosciuta: {code}.</source>
            <translation>Unknown category: {code}.</translation>
        </message>
        <message>
            <source>Il nucleo ha già un intestatario: cambiarlo dalla scheda del nucleo.</source>
            <translation>The household already has a reference person: change it from the household page.</translation>
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
            <translation>The destination household already has a reference person.</translation>
        </message>
        <message>
            <source>L'alloggio {code} ha già un contratto in corso.</source>
            <translation>Unit {code} already has an active lease.</translation>
        </message>
        <message>
            <source>Il codice fiscale {code} è ripetuto nel nucleo.</source>
            <translation>The tax code {code} appears twice in the household.</translation>
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
            <translation>Milan's Municipio goes from 1 to 9.</translation>
        </message>
        <message>
            <source>La superficie deve essere maggiore di zero.</source>
            <translation>The surface must be greater than zero.</translation>
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
            <source>{what} non trovato: forse è stato ritirato da un altro utente.</source>
            <translation>{what} not found: another user may have retired it.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il luogo di nascita {decoded}, diverso da quello indicato {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives the place of birth {decoded}, not the one entered ({entered}) Correct it or confirm the exception.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica il sesso {decoded}, ma è stato indicato {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives sex {decoded}, but {entered} was entered Correct it or confirm the exception.</translation>
        </message>
        <message>
            <source>Il codice fiscale indica la data di nascita {decoded} (giorno/mese/anno), diversa da quella indicata {entered} Correggere o confermare l'eccezione.</source>
            <translation>The tax code gives the date of birth {decoded} (day/month/year), not the one entered ({entered}) Correct it or confirm the exception.</translation>
        </message>
    </context>
</TS>
