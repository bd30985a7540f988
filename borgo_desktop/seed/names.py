"""Name pools of the people who live in Milan's public housing, by origin.

Birth places carry their Belfiore code (Italian comuni; "Z..." for foreign countries), spelt
as python-codicefiscale knows them, so generated codici fiscali pass the birth-place check.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    key: str
    places: tuple[tuple[str, str], ...]  # (birth place, Belfiore code)
    citizenship: str
    language: str
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    wife_takes_surname: bool = False

    @property
    def italian(self) -> bool:
        return not self.places[0][1].startswith("Z")


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


_IT_MALE = _split("Giuseppe, Giovanni, Antonio, Mario, Francesco, Luigi, Angelo, Vincenzo, Pietro, "
                  "Salvatore, Carlo, Franco, Domenico, Paolo, Michele, Giorgio, Sergio, Luca, "
                  "Marco, Andrea, Alessandro, Matteo, Lorenzo, Davide, Simone, Riccardo, "
                  "Tommaso, Gabriele, Leonardo, Federico, Stefano, Roberto")
_IT_FEMALE = _split("Maria, Anna, Giuseppina, Rosa, Angela, Giovanna, Teresa, Lucia, Carmela, "
                    "Caterina, Franca, Rita, Luisa, Graziella, Giulia, Sofia, Aurora, Alice, "
                    "Chiara, Sara, Francesca, Martina, Elisa, Federica, Valentina, Silvia, "
                    "Giorgia, Beatrice, Paola, Laura, Emma, Ginevra")


def _italian(key: str, places: str, surnames: str) -> Origin:
    pairs = tuple(tuple(p.split(":")) for p in _split(places))
    return Origin(key, pairs, "Italiana", "italiano", _split(surnames), _IT_MALE, _IT_FEMALE)


def _foreign(key, place, code, citizenship, language, surnames, male, female, takes=False):
    return Origin(key, ((place, code),), citizenship, language, _split(surnames), _split(male),
                  _split(female), takes)


ORIGINS: dict[str, Origin] = {o.key: o for o in (
    _italian("lombardia", "Milano:F205, Milano:F205, Sesto San Giovanni:I690, Monza:F704, "
             "Bergamo:A794, Brescia:B157, Pavia:G388",
             "Rossi, Colombo, Ferrari, Brambilla, Fumagalli, Villa, Sala, Galli, Cattaneo, "
             "Bianchi, Mariani, Riva, Crippa, Mauri, Longoni, Pozzi, Bianchini"),
    _italian("campania", "Napoli:F839, Napoli:F839, Salerno:H703",
             "Esposito, Russo, Romano, De Luca, Improta, Iovine, Capasso, Ruggiero, Coppola, "
             "Sorrentino, Cirillo, Amato, Rossetti"),
    _italian("sicilia", "Palermo:G273, Catania:C351, Messina:F158, Siracusa:I754, "
             "Caltagirone:B428",
             "La Rosa, Messina, Lo Presti, Giordano, Lombardo, Caruso, Marino, Greco, Scuderi, "
             "Di Stefano, Pappalardo, Rizzo"),
    _italian("puglia", "Bari:A662, Lecce:E506, Foggia:D643, Taranto:L049, Andria:A285, "
             "Manfredonia:E885",
             "Lorusso, De Santis, Santoro, Laterza, D'Amico, Colucci, Caputo, Mastrangelo, "
             "Cassano, Di Bari, Palumbo, Rosato"),
    _italian("calabria", "Reggio di Calabria:H224, Cosenza:D086",
             "Ferraro, Morabito, Scopelliti, Pugliese, Bruno, Vitale, Arena, Costa, Gallo"),
    _italian("sardegna", "Cagliari:B354",
             "Sanna, Pinna, Melis, Piras, Serra, Deiana, Mura, Cocco, Porcu, Murgia"),
    _italian("basilicata", "Potenza:G942, Matera:F052",
             "Laurenzana, Summa, Colangelo, Lacava, Salvia, Santarsiero"),
    _italian("centronord", "Torino:L219, Genova:D969, Bologna:A944, Firenze:D612, Venezia:L736, "
             "Roma:H501",
             "Ricci, Marchetti, Conti, Moretti, Barbieri, Fontana, Rinaldi, Zanetti, "
             "Bortolotti, Bianco"),
    _foreign("egitto", "Egitto", "Z336", "Egiziana", "arabo",
             "El Sayed, Mahmoud, Ibrahim, Hassan, Abdelaziz, Mostafa, Farag, Youssef, Saleh, "
             "Gaber, El Hadidi, Abdallah, El Hawary",
             "Mohamed, Ahmed, Mahmoud, Mostafa, Karim, Amr, Tarek, Hany, Walid, Omar",
             "Fatma, Mona, Nour, Heba, Aya, Samar, Rania, Dina, Mariam, Yasmine"),
    _foreign("marocco", "Marocco", "Z330", "Marocchina", "arabo",
             "El Haddad, El Amrani, Benali, Bouzid, El Idrissi, Ouali, Tahiri, Alaoui, Bennani, "
             "Zerouali, El Khattabi, Chakir, El Hajji",
             "Youssef, Rachid, Hamid, Abdelkader, Said, Mustapha, Khalid, Nabil, Hicham, Amine",
             "Khadija, Fatima, Nadia, Samira, Latifa, Houda, Salma, Zineb, Imane, Sara"),
    _foreign("filippine", "Filippine", "Z216", "Filippina", "tagalog",
             "Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Villanueva, Ramos, "
             "Aquino, Castillo, Manalo",
             "Jose, Mark, John Paul, Rodel, Ramon, Jerome, Christian, Arnel, Romeo",
             "Maria Luisa, Rosalie, Jennifer, Marites, Analyn, Cristina, Joy, Lorna, Mary Grace",
             takes=True),
    _foreign("peru", "Perù", "Z611", "Peruviana", "spagnolo",
             "Quispe, Huamán, Flores, Rojas, Vargas, Chávez, Mamani, Ramírez, Torres, Gutiérrez, "
             "Sánchez, Rosas",
             "Luis, Jorge, Carlos, Juan Carlos, Miguel, César, Víctor, Wilmer, Percy",
             "Rosa, María Elena, Carmen, Milagros, Yesenia, Karina, Lucía, Gladys, Jackeline"),
    _foreign("ecuador", "Ecuador", "Z605", "Ecuadoriana", "spagnolo",
             "Guamán, Chimbo, Zambrano, Cedeño, Vera, Mora, Macías, Villacís, Andrade, Ortiz",
             "Byron, Fabián, Wilson, Jhonny, Edison, Patricio, Diego",
             "Jessica, Gabriela, Verónica, Mayra, Katherine, Paola, Andrea"),
    _foreign("elsalvador", "El Salvador", "Z506", "Salvadoregna", "spagnolo",
             "Hernández, Martínez, López, Rivera, Portillo, Alvarado, Menjívar",
             "José, Carlos, Mauricio, Óscar, René, Wilber",
             "Ana, Sandra, Blanca, Marisol, Roxana, Yanira"),
    _foreign("romania", "Romania", "Z129", "Rumena", "rumeno",
             "Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Munteanu, Constantin, Gheorghe, "
             "Moldovan, Rusu, Lungu",
             "Andrei, Ion, Mihai, Florin, Adrian, Gabriel, Marius, Cristian, Vasile",
             "Elena, Ioana, Maria, Mihaela, Andreea, Cristina, Alina, Daniela, Roxana",
             takes=True),
    _foreign("moldova", "Moldova", "Z140", "Moldava", "rumeno",
             "Ceban, Rotaru, Lupu, Cojocaru, Bivol, Turcanu, Sirbu",
             "Ion, Vasile, Sergiu, Victor, Igor, Dumitru",
             "Tatiana, Natalia, Svetlana, Olga, Ludmila, Angela", takes=True),
    _foreign("ucraina", "Ucraina", "Z138", "Ucraina", "ucraino",
             "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Oliynyk, "
             "Lysenko, Moroz, Savchenko, Rudenko",
             "Oleksandr, Andriy, Serhiy, Dmytro, Vasyl, Mykola, Ivan, Yuriy",
             "Olena, Natalia, Oksana, Iryna, Tetiana, Halyna, Svitlana, Liudmyla", takes=True),
    _foreign("albania", "Albania", "Z100", "Albanese", "albanese",
             "Hoxha, Shehu, Gjoka, Leka, Marku, Kola, Prifti, Cela, Dervishi, Basha, Kastrati, "
             "Hysa",
             "Arben, Ilir, Gentian, Besnik, Artan, Erion, Fatmir, Klodian",
             "Elona, Anila, Blerta, Mirela, Ermira, Valbona, Jonida, Arta", takes=True),
    _foreign("cina", "Repubblica Popolare Cinese", "Z210", "Cinese", "cinese",
             "Hu, Zhou, Chen, Wang, Lin, Ye, Zheng, Xu, Jin, Pan, Zhang, Huang",
             "Wei, Jian, Hao, Ming, Jun, Lei, Qiang, Bin",
             "Li, Mei, Xiaoling, Yan, Jing, Hui, Fang, Ling"),
    _foreign("senegal", "Senegal", "Z343", "Senegalese", "francese",
             "Diop, Ndiaye, Fall, Sow, Gueye, Diallo, Faye, Sarr, Mbaye, Cissé, Seck, Ba",
             "Mamadou, Cheikh, Moussa, Ibrahima, Abdoulaye, Ousmane, Modou, Serigne",
             "Fatou, Aminata, Awa, Mariama, Khady, Ndeye, Aissatou, Coumba"),
    _foreign("srilanka", "Sri Lanka", "Z209", "Srilankese", "singalese",
             "Perera, Fernando, De Silva, Jayasinghe, Wickramasinghe, Rathnayake, Gunawardena, "
             "Bandara, Dissanayake, Herath, Kumara",
             "Nuwan, Chaminda, Ruwan, Kasun, Saman, Pradeep, Dilshan, Lasantha",
             "Nadeeka, Dilani, Chamari, Sanduni, Anoma, Nilmini, Kumari, Sepali", takes=True),
    _foreign("bangladesh", "Bangladesh", "Z249", "Bengalese", "bengalese",
             "Hossain, Rahman, Islam, Ahmed, Uddin, Akter, Miah, Chowdhury, Sarker, Karim",
             "Mohammad, Abdul, Rafiq, Shahid, Jamal, Kamal, Mizanur, Sohel",
             "Nasrin, Shirin, Rokeya, Salma, Ayesha, Farzana, Taslima"),
    _foreign("tunisia", "Tunisia", "Z352", "Tunisina", "arabo",
             "Ben Salah, Trabelsi, Gharbi, Jebali, Mejri, Hammami, Ayari, Ben Ammar",
             "Mehdi, Sami, Anis, Nizar, Hatem, Bilel",
             "Amel, Sonia, Ines, Leila, Rim, Olfa"),
    _foreign("eritrea", "Eritrea", "Z368", "Eritrea", "tigrino",
             "Tesfay, Ghebremedhin, Haile, Kidane, Berhane, Woldu",
             "Yonas, Dawit, Tesfalem, Samuel, Filmon",
             "Senait, Helen, Mebrat, Saba, Almaz"),
)}

MILANO = ("Milano", "F205")

# Share of each origin among households (roughly Milan's public-housing population).
ORIGIN_WEIGHTS: dict[str, int] = {
    "lombardia": 22, "campania": 8, "sicilia": 8, "puglia": 8, "calabria": 4, "sardegna": 2,
    "basilicata": 2, "centronord": 4, "egitto": 7, "marocco": 5, "filippine": 5, "peru": 5,
    "ecuador": 3, "elsalvador": 1, "romania": 4, "moldova": 1, "ucraina": 3, "albania": 2,
    "cina": 3, "senegal": 2, "srilanka": 3, "bangladesh": 2, "tunisia": 1, "eritrea": 1,
}
