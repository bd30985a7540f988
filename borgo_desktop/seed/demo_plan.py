"""The demo borgo on paper: Cascina Boldinasco's buildings, flats, shared rooms, the
allocation categories and who applied (what :mod:`borgo_desktop.seed.demo` builds)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from borgo_desktop.models.enums import Regime, RentModel, Stage, UnitStatus

# The demo's "today": every date is placed relative to it, so builds are reproducible.
REFERENCE_DAY = date(2026, 11, 20)
# People are aged relative to this earlier day, so everyone is born before they applied.
PEOPLE_DAY = date(2025, 10, 1)
SEED = 20151  # the borgo's CAP

CAPPED_RATE_CENTS = 9_000  # €90 per m² per year (canone calmierato)
CADASTRAL_SHEET = "112"

BUILDINGS = (
    # code, name, address, cadastral parcel
    ("DL51", "Cascina Boldinasco - Corte nord", "Via De Lemene 51", "245"),
    ("DL55", "Cascina Boldinasco - Casa padronale", "Via De Lemene 55", "246"),
    ("DL59", "Cascina Boldinasco - Ex fienile", "Via De Lemene 59", "247"),
)

# Per staircase and floor: rooms/m², "a" = accessible, "r" = under renovation, "t" =
# temporary housing with the flat monthly contribution in euro after "@".
LAYOUT = {
    "DL51": "A0:2/52a,1/34a A1:3/68,2/50,1/31 A2:2/47,3/74,1/33 "
            "B0:3/70a,1/36 B1:2/55,4/86 B2:2/49,1/38,3/65",
    "DL55": "A0:2/58a,1/35 A1:3/72,2/46,4/92 A2:3/63,2/51 "
            "B0:1/30,2/53a B1:4/84,3/76,1/37 B2:2/48,3/61,2/45 C0:3/66a C1:4/95,2/57r",
    "DL59": "A0:3/68t@260,2/45ta@170,1/33ta@130 A1:3/60t@230,3/58t@220,2/47t@180 "
            "A2:3/62t@240,2/40t@160,2/52t@190 B1:2/56,1/32,3/78",
}


@dataclass(frozen=True)
class UnitPlan:
    building: str
    staircase: str
    floor: int
    number: str
    rooms: int
    surface_m2: float
    accessible: bool
    regime: Regime
    rent_model: RentModel
    rent_rate_cents: int
    status: UnitStatus
    cadastral_parcel: str
    cadastral_sub: str

    @property
    def code(self) -> str:
        return f"{self.building}-{self.staircase}-{self.number}"


def _unit(building: str, staircase: str, floor: int, number: int, spec: str, parcel: str,
          sub: int) -> UnitPlan:
    rooms, _, rest = spec.partition("/")
    flags, _, flat_euros = rest.partition("@")
    temporary = "t" in flags
    return UnitPlan(
        building, staircase, floor, f"{number:02d}", int(rooms),
        float("".join(c for c in flags if c.isdigit())), "a" in flags,
        Regime.TEMPORARY if temporary else Regime.CAPPED,
        RentModel.FLAT if temporary else RentModel.PER_M2,
        int(flat_euros) * 100 if temporary else CAPPED_RATE_CENTS,
        UnitStatus.RENOVATION if "r" in flags else UnitStatus.VACANT,
        parcel, str(sub))


def unit_plans() -> list[UnitPlan]:
    plans: list[UnitPlan] = []
    parcels = {code: parcel for code, _name, _address, parcel in BUILDINGS}
    for building, text in LAYOUT.items():
        numbers: dict[str, int] = {}
        for group in text.split():
            where, specs = group.split(":")
            staircase, floor = where[0], int(where[1:])
            for spec in specs.split(","):
                numbers[staircase] = numbers.get(staircase, 0) + 1
                plans.append(_unit(building, staircase, floor, numbers[staircase], spec,
                                   parcels[building], 701 + len(plans)))
    return plans


COMMON_SPACES = (
    # building, code, name, purpose, m², capacity
    ("DL55", "SC-DOPOSCUOLA", "Aula doposcuola",
     "Doposcuola e aiuto compiti per bambini e ragazzi del borgo", 48.0, 20),
    ("DL55", "SC-SALA", "Sala incontri e feste",
     "Assemblee degli abitanti, feste e incontri di vicinato", 95.0, 60),
    ("DL55", "SC-INFO", "Punto informativo",
     "Sportello dell'ufficio di borgo e informazioni al quartiere", 24.0, 6),
    ("DL51", "SC-LAB", "Laboratorio",
     "Laboratorio di riparazioni e attività manuali condivise", 40.0, 12),
    ("DL59", "SC-LAVANDERIA", "Lavanderia condivisa",
     "Lavatrici e asciugatrici a gettone per gli abitanti", 22.0, 6),
    ("DL59", "SC-BICI", "Deposito biciclette", "Ricovero coperto per biciclette e passeggini",
     30.0, None),
)

CATEGORIES = (
    # code, label, quota (45 in all: the borgo's flats), description
    ("ANZIANI", "Anziani soli", 6, "Persone over 65 che vivono sole"),
    ("GIOVANI_COPPIE", "Giovani coppie", 8, "Coppie under 35, con o senza figli piccoli"),
    ("MONOGENITORIALI", "Famiglie monogenitoriali", 7, "Un solo genitore con figli minori"),
    ("DISABILITA", "Persone con disabilità", 5, "Nuclei con un componente con disabilità"),
    ("STUDENTI", "Studenti e giovani lavoratori", 10, "Under 30 in formazione o primo impiego"),
    ("EMERGENZA", "Emergenza abitativa", 9,
     "Nuclei indicati dal Comune per l'accoglienza temporanea"),
)


@dataclass(frozen=True)
class Recipe:
    category: str
    shape: str
    origin: str
    stage: Stage
    partner_origin: str = ""
    accessible: bool = False
    note: str = ""
    refusal: str = ""  # why the offer was declined (refused stage only)


_M, _S, _A, _V = Stage.MOVED_IN, Stage.SIGNED, Stage.ACCEPTED, Stage.VISIT
_P, _R, _C = Stage.PROPOSED, Stage.REFUSED, Stage.CANDIDATE
_SOCIAL = "Segnalato dal Servizio Sociale Professionale Territoriale del Municipio 8."
_EVICTION = "Sfratto per morosità incolpevole; inviato dal Servizio emergenza abitativa."

RECIPES = (
    Recipe("EMERGENZA", "family_3", "egitto", _M, note=_EVICTION),
    Recipe("EMERGENZA", "single_mother_2", "marocco", _M, note=_SOCIAL),
    Recipe("EMERGENZA", "family_2", "peru", _M, note=_EVICTION),
    Recipe("EMERGENZA", "single_mother_1", "ucraina", _M, note=_SOCIAL),
    Recipe("EMERGENZA", "single_father_1", "lombardia", _M, note=_EVICTION),
    Recipe("EMERGENZA", "three_generations", "romania", _S, note=_EVICTION),
    Recipe("EMERGENZA", "young_family", "senegal", _V),
    Recipe("EMERGENZA", "single_mother_3", "filippine", _P, note=_SOCIAL),
    Recipe("EMERGENZA", "family_4", "bangladesh", _C,
           note="In attesa di un alloggio temporaneo per sei persone."),
    Recipe("ANZIANI", "elder_alone", "lombardia", _M),
    Recipe("ANZIANI", "elder_alone", "campania", _M, accessible=True,
           note="Cammina con il deambulatore: serve un alloggio senza barriere."),
    Recipe("ANZIANI", "elder_alone", "sicilia", _M),
    Recipe("ANZIANI", "elder_alone", "centronord", _M),
    Recipe("ANZIANI", "elder_alone", "puglia", _A),
    Recipe("ANZIANI", "elder_alone", "sardegna", _C),
    Recipe("GIOVANI_COPPIE", "young_family", "lombardia", _M),
    Recipe("GIOVANI_COPPIE", "young_family", "filippine", _M),
    Recipe("GIOVANI_COPPIE", "young_couple", "calabria", _M, partner_origin="peru"),
    Recipe("GIOVANI_COPPIE", "family_2", "cina", _M),
    Recipe("GIOVANI_COPPIE", "young_family", "albania", _M),
    Recipe("GIOVANI_COPPIE", "young_family", "lombardia", _S, partner_origin="romania"),
    Recipe("GIOVANI_COPPIE", "family_2", "srilanka", _V),
    Recipe("GIOVANI_COPPIE", "young_family", "puglia", _R,
           refusal="Il nucleo ha trovato casa vicino al nido della figlia e rinuncia."),
    Recipe("GIOVANI_COPPIE", "young_family", "egitto", _C),
    Recipe("MONOGENITORIALI", "single_mother_2", "lombardia", _M),
    Recipe("MONOGENITORIALI", "single_mother_3", "peru", _M),
    Recipe("MONOGENITORIALI", "single_father_1", "campania", _M),
    Recipe("MONOGENITORIALI", "single_mother_2", "ecuador", _M, note=_SOCIAL),
    Recipe("MONOGENITORIALI", "single_mother_3", "sicilia", _S),
    Recipe("MONOGENITORIALI", "single_mother_2", "moldova", _P),
    Recipe("MONOGENITORIALI", "single_mother_2", "marocco", _R,
           refusal="Troppo lontano dal lavoro: turni notturni all'Ospedale San Paolo non "
                   "compatibili con i mezzi disponibili."),
    Recipe("DISABILITA", "disabled_alone", "lombardia", _M, accessible=True,
           note="Utilizza la sedia a rotelle."),
    Recipe("DISABILITA", "disabled_child", "puglia", _M, accessible=True),
    Recipe("DISABILITA", "disabled_child", "egitto", _M),
    Recipe("DISABILITA", "family_disabled", "centronord", _A, note="Figlio con disabilità (L. 104/92)."),
    Recipe("STUDENTI", "student", "sardegna", _M),
    Recipe("STUDENTI", "student", "cina", _M),
    Recipe("STUDENTI", "young_worker", "calabria", _M),
    Recipe("STUDENTI", "young_worker", "eritrea", _M),
    Recipe("STUDENTI", "student", "basilicata", _M),
    Recipe("STUDENTI", "young_worker", "tunisia", _M),
    Recipe("STUDENTI", "young_worker", "elsalvador", _M),
)

ISEE_EUROS = {  # range of the household's ISEE by category
    "ANZIANI": (7_000, 14_000), "GIOVANI_COPPIE": (12_000, 24_000),
    "MONOGENITORIALI": (4_000, 14_000), "DISABILITA": (6_000, 16_000),
    "STUDENTI": (9_000, 22_000), "EMERGENZA": (0, 6_000),
}
