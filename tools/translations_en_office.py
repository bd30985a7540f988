"""English of the office's cross-cutting window work (issue 16): units import, the «Oggi» home
page, keyboard and first-run left-overs."""

EN: dict[str, str] = {
    # --- units imported from a spreadsheet ----------------------------------------------------
    "Importa alloggi da foglio di calcolo": "Import units from a spreadsheet",
    "Un file Excel (.xlsx) o CSV con una riga per alloggio, negli edifici già presenti; le "
    "righe di titolo sopra le intestazioni sono ignorate.\nColonne obbligatorie: {required}.\n"
    "Colonne facoltative: {optional}.\nIl file viene controllato per intero prima di "
    "scrivere: finché non si preme «Importa» non viene salvato nulla.":
        "An Excel (.xlsx) or CSV file with one row per unit, in buildings already entered; "
        "title lines above the headers are ignored.\nRequired columns: {required}.\n"
        "Optional columns: {optional}.\nThe whole file is checked before anything is "
        "written: nothing is saved until you press «Import».",
    "Importa solo le righe &valide (salta quelle con errori)":
        "Import only the &valid rows (skip those with errors)",
    "Alloggi scritti: {done} di {total}": "Units written: {done} of {total}",
    "Importa &alloggi da foglio di calcolo…": "Import &units from a spreadsheet…",
    "&Importa alloggi…": "&Import units…",
    "Crea molti alloggi da un foglio Excel o CSV, con anteprima e controllo di ogni riga.":
        "Creates many units from an Excel or CSV sheet, with a preview and every row checked.",
}
