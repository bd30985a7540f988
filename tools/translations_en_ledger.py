"""English for the rent ledger: charges, payments, bank statements, balances, arrears."""

EN: dict[str, str] = {
    # printed documents (audit actions)
    "Stampa ricevuta di pagamento": "Payment receipt printed",
    "Stampa estratto conto": "Statement of account printed",
    "L'inizio del periodo viene dopo la fine.": "The start of the period comes after its end.",
    "Questo movimento non ha una ricevuta: solo i pagamenti registrati allo sportello ne "
    "hanno una.": "This entry has no receipt: only payments recorded at the desk have one.",
    # vocabulary: kinds, methods, statuses, audit actions
    "Canone e spese": "Rent and charges",
    "Conguaglio spese": "Service charge reconciliation",
    "Addebito": "Charge",
    "Nota di credito": "Credit note",
    "Contanti": "Cash",
    "POS": "Card (POS)",
    "Bonifico": "Bank transfer",
    "Bollettino postale": "Postal slip",
    "Avviso pagoPA": "pagoPA notice",
    "Abbinato": "Matched",
    "Da abbinare": "To be matched",
    "Abbinato a mano": "Matched by hand",
    "Scartato": "Dismissed",
    "Addebiti mensili emessi": "Monthly charges issued",
    "Addebito a un nucleo": "Charge to a household",
    "Conguaglio delle spese": "Service charge reconciliation",
    "Consultazione del saldo di un nucleo": "A household's balance viewed",
    "Consultazione dell'estratto conto": "Statement of account viewed",
    "Consultazione dell'elenco delle morosità": "Arrears list viewed",
    "Ricalcolo dei saldi": "Balances recomputed",
    "Pagamento registrato allo sportello": "Payment recorded at the desk",
    "Storno di un pagamento": "Payment reversed",
    "Importazione di un estratto conto bancario": "Bank statement imported",
    "Movimento bancario abbinato a mano": "Bank line matched by hand",
    "Movimento bancario scartato": "Bank line dismissed",
    "IBAN di pagamento registrato": "Payer IBAN recorded",
    "Stampa ricevuta di pagamento": "Payment receipt printed",
    "Stampa estratto conto": "Statement of account printed",
    "Periodo": "Period",
    "Pagamento": "Payment",
    "morosità": "arrears",
    # permissions
    "consultare saldi ed estratti conto": "view balances and statements of account",
    "vedere la morosità dei nuclei che segue": "see the arrears of the households they follow",
    "registrare pagamenti e stampare ricevute": "record payments and print receipts",
    "importare gli estratti conto della banca": "import bank statements",
    "emettere addebiti e note di credito": "issue charges and credit notes",
    # service messages
    "Si può vedere la situazione dei pagamenti solo dei nuclei che si seguono.":
        "You can only see the payment situation of the households you follow.",
    "Fascia di anzianità sconosciuta: «{bucket}».": "Unknown ageing bucket: “{bucket}”.",
    "Voce di addebito sconosciuta: «{item}».": "Unknown charge item: “{item}”.",
    "L'importo di un addebito deve essere maggiore di zero; per ridurre un addebito si emette "
    "una nota di credito.":
        "A charge must be more than zero; to reduce a charge, issue a credit note.",
    "Scrivere il motivo della nota di credito.": "Write the reason for the credit note.",
    "L'importo della nota di credito deve essere maggiore di zero.":
        "The credit note must be more than zero.",
    "Il costo effettivo delle spese non può essere negativo.":
        "The actual cost of the service charges cannot be negative.",
    "Una nota di credito corregge un addebito, non un'altra nota.":
        "A credit note corrects a charge, not another credit note.",
    "La nota di credito supera quanto resta dell'addebito ({left}).":
        "The credit note is more than what is left of the charge ({left}).",
    "Il conguaglio delle spese {year} per questo nucleo è già stato fatto: per correggerlo si "
    "emette una nota di credito o un addebito.":
        "The {year} service charge reconciliation of this household is already done: to "
        "correct it, issue a credit note or a charge.",
    "L'importo del pagamento deve essere maggiore di zero.":
        "The payment must be more than zero.",
    "Importo troppo alto per un pagamento: {amount}. Controllare la cifra.":
        "Amount too high for a payment: {amount}. Check the figure.",
    "La data del pagamento non può essere futura.": "The payment date cannot be in the future.",
    "Lo storno può essere al massimo di {left}.": "The reversal can be at most {left}.",
    "Scrivere il motivo dello storno.": "Write the reason for the reversal.",
    "Uno storno non si può stornare: registrare un nuovo pagamento.":
        "A reversal cannot be reversed: record a new payment.",
    "Periodo non valido: «{text}». Scrivere anno e mese come 2026-12.":
        "Invalid period: “{text}”. Write the year and month as 2026-12.",
}
