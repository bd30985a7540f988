"""English for the bank statements: CAMT.053 and CSV import, the unmatched queue."""

EN: dict[str, str] = {
    "Il file XML contiene una dichiarazione DOCTYPE: non è un estratto conto e non viene letto.":
        "The XML file contains a DOCTYPE declaration: it is not a bank statement and is not read.",
    "Il file XML non è un estratto conto CAMT.053 (spazio dei nomi «{ns}»).":
        "The XML file is not a CAMT.053 statement (namespace “{ns}”).",
    "Importo mancante ({where}).": "Amount missing ({where}).",
    "Importo non valido ({where}): «{raw}».": "Invalid amount ({where}): “{raw}”.",
    "Il file CAMT.053 non contiene nessun estratto conto (Stmt).":
        "The CAMT.053 file contains no statement (Stmt).",
    "L'estratto conto non indica l'IBAN del conto.":
        "The statement does not give the account's IBAN.",
    "Il file contiene estratti di più conti ({accounts}): importarli uno per file.":
        "The file holds statements of several accounts ({accounts}): import them one per file.",
    "Il conto dell'estratto è in {ccy}, non in euro.":
        "The statement's account is in {ccy}, not in euros.",
    "Movimento {n}: manca l'indicazione dare/avere (CdtDbtInd).":
        "Entry {n}: the debit/credit indicator (CdtDbtInd) is missing.",
    "Il file XML non è leggibile (riga {line}): non è un estratto conto valido.":
        "The XML file cannot be read (line {line}): it is not a valid statement.",
    "Data mancante o non valida ({where}): «{raw}».":
        "Date missing or invalid ({where}): “{raw}”.",
    "Il file CSV non ha l'intestazione di un estratto conto (data, importo o dare/avere, "
    "descrizione separati da «;»).":
        "The CSV file has no statement header (date, amount or debit/credit, description "
        "separated by “;”).",
    "Il file CSV non contiene movimenti.": "The CSV file contains no entries.",
    "Riga {line}: manca l'importo.": "Line {line}: the amount is missing.",
    "Riga {line}: data non valida «{raw}» (atteso gg/mm/aaaa).":
        "Line {line}: invalid date “{raw}” (expected dd/mm/yyyy).",
    "Riga {line}: importo non valido (atteso 1.234,56).":
        "Line {line}: invalid amount (expected 1.234,56).",
    "Il file è troppo grande per un estratto conto.": "The file is too large for a statement.",
    "Il file non è un estratto conto (né CAMT.053 né CSV).":
        "The file is not a bank statement (neither CAMT.053 nor CSV).",
    "L'estratto è del conto {iban}, che non è un conto dell'ufficio ({accounts}).":
        "The statement is of account {iban}, which is not one of the office's ({accounts}).",
    "Il file non indica il conto: indicare di quale conto dell'ufficio è l'estratto.":
        "The file does not give the account: say which of the office's accounts it is of.",
    "Il file {name} non si può leggere: {error}.": "The file {name} cannot be read: {error}.",
    "Il nucleo non ha un pagamento da cui togliere questo storno: scegliere un altro nucleo o "
    "scartare il movimento.":
        "The household has no payment this reversal can take back: choose another household "
        "or dismiss the line.",
    "Il movimento non è più da abbinare ({status}).":
        "The bank line is no longer waiting to be matched ({status}).",
    "Scrivere perché il movimento viene scartato.": "Write why the bank line is dismissed.",
    "Il pagamento da stornare non è di questo nucleo.":
        "The payment to reverse is not of this household.",
    "L'IBAN {iban} è già registrato per il nucleo {code}.":
        "The IBAN {iban} is already recorded for household {code}.",
    "Movimento": "Bank line",
}
