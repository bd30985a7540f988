"""Streets of Milan's public-housing neighbourhoods, for the city-scale data set."""

from __future__ import annotations

# neighbourhood, municipio, CAP, streets
NEIGHBOURHOODS: tuple[tuple[str, int, str, tuple[str, ...]], ...] = (
    ("Quarto Oggiaro", 8, "20157", ("Via Pascarella", "Via Lopez", "Via Capuana", "Via Aldini",
                                    "Via Trilussa", "Via Val Trompia", "Via Satta",
                                    "Via Amoretti")),
    ("Gallaratese", 8, "20151", ("Via Cilea", "Via Appennini", "Via Falck", "Via Sapri",
                                 "Via Gallarate")),
    ("San Siro", 7, "20148", ("Piazzale Selinunte", "Via Zamagna", "Via Mar Jonio", "Via Tracia",
                              "Via Paravia", "Via Abbiati", "Via Maratta", "Via Civitali")),
    ("Baggio", 7, "20152", ("Via Quinto Romano", "Via Val d'Intelvi", "Via Cabella",
                            "Via Forze Armate", "Via Mazzolari")),
    ("Harar", 7, "20153", ("Via Harar", "Via Dessiè", "Via Gigante")),
    ("Lorenteggio", 6, "20147", ("Via Lorenteggio", "Via Giambellino", "Via Segneri",
                                 "Via Manzano", "Via Odazio", "Via Recoaro", "Via Inganni")),
    ("Barona", 6, "20142", ("Via Barona", "Via Modica", "Via Teramo", "Via Boffalora",
                            "Via San Paolino", "Via dei Cinquecento")),
    ("Gratosoglio", 5, "20142", ("Via dei Missaglia", "Via Saponaro", "Via Baroni",
                                 "Via Feraboli", "Via Costantino Baroni")),
    ("Stadera", 5, "20141", ("Via Barrili", "Via Palmieri", "Via Neera", "Via Montegani",
                             "Via Sambuco")),
    ("Corvetto", 4, "20139", ("Via Mompiani", "Via Fabio Massimo", "Via Ravenna",
                              "Piazzale Ferrara", "Via Gabrio Rosa", "Via Oglio",
                              "Via Marochetti")),
    ("Molise-Calvairate", 4, "20137", ("Viale Molise", "Via Ciceri Visconti", "Via Tommei",
                                       "Via Salomone", "Via Calvairate")),
    ("Ponte Lambro", 4, "20138", ("Via Ucelli di Nemi", "Via Rilke", "Via Vittorini")),
    ("Niguarda", 9, "20162", ("Via Ornato", "Via Val di Ledro", "Viale Ca' Granda",
                              "Via Cesari", "Via Hermada")),
    ("Comasina", 9, "20161", ("Via Comasina", "Via Val Lagarina", "Via Teano",
                              "Via Senigallia", "Via Benefattori dell'Ospedale")),
    ("Mecenate", 4, "20138", ("Via Mecenate", "Via Zama", "Via Bonfadini")),
    ("Villapizzone", 8, "20156", ("Via Console Marcello", "Via Mac Mahon", "Via Varesina")),
    ("Turro", 2, "20127", ("Via Padova", "Via Cambini", "Via Arquà", "Via Crespi")),
)
