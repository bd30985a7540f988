"""The demo's communication: the office's templates in their languages, a staircase notice,
the party poster, and a first batch printed and delivered."""

from __future__ import annotations

from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.services.communication.templates import TemplateInput, Text, save_template
from borgo_desktop.services.core.context import Context

WELCOME = {
    "it": Text("Benvenuti nel borgo",
               "Gentile {intestatario.nome_completo},\n\n"
               "le diamo il benvenuto nell'alloggio {alloggio.codice} di {edificio.nome}. "
               "L'ufficio di borgo è in {ufficio.indirizzo} ed è aperto {ufficio.orari}: "
               "passi a trovarci per il kit di benvenuto, le chiavi della sala comune e le "
               "regole della casa.\n\n"
               "Per un guasto, una prenotazione o una domanda può chiamare il {ufficio.telefono} "
               "o scrivere a {ufficio.email}.\n\n"
               "Un cordiale saluto,\nl'ufficio di borgo"),
    "en": Text("Welcome to the borgo",
               "Dear {intestatario.nome_completo},\n\n"
               "welcome to flat {alloggio.codice} in {edificio.nome}. The borgo office is at "
               "{ufficio.indirizzo} and is open {ufficio.orari}: come and see us for the "
               "welcome kit, the keys of the common room and the house rules.\n\n"
               "For a fault, a booking or a question call {ufficio.telefono} or write to "
               "{ufficio.email}.\n\nKind regards,\nthe borgo office"),
    "fr": Text("Bienvenue au borgo",
               "Madame, Monsieur {intestatario.nome_completo},\n\n"
               "bienvenue dans le logement {alloggio.codice} de {edificio.nome}. Le bureau du "
               "borgo se trouve {ufficio.indirizzo} et il est ouvert {ufficio.orari} : passez "
               "nous voir pour le kit de bienvenue, les clés de la salle commune et le "
               "règlement de la maison.\n\n"
               "Pour une panne, une réservation ou une question, appelez le {ufficio.telefono} "
               "ou écrivez à {ufficio.email}.\n\nCordialement,\nle bureau du borgo"),
    "es": Text("Bienvenidos al borgo",
               "Estimado/a {intestatario.nome_completo}:\n\n"
               "le damos la bienvenida a la vivienda {alloggio.codice} de {edificio.nome}. La "
               "oficina del borgo está en {ufficio.indirizzo} y abre {ufficio.orari}: venga a "
               "vernos para el kit de bienvenida, las llaves de la sala común y las normas "
               "de la casa.\n\n"
               "Para una avería, una reserva o una pregunta llame al {ufficio.telefono} o "
               "escriba a {ufficio.email}.\n\nUn cordial saludo,\nla oficina del borgo"),
    "ar": Text("أهلاً وسهلاً بكم في الحي",
               "السيد/السيدة {intestatario.nome_completo}،\n\n"
               "نرحب بكم في المسكن {alloggio.codice} في {edificio.nome}. يقع مكتب الحي في "
               "{ufficio.indirizzo}، وهو مفتوح {ufficio.orari}. تفضلوا بزيارتنا لاستلام "
               "حقيبة الترحيب ومفاتيح القاعة المشتركة وقواعد السكن.\n\n"
               "للإبلاغ عن عطل أو لحجز أو لأي سؤال، اتصلوا بالرقم {ufficio.telefono} أو "
               "اكتبوا إلى {ufficio.email}.\n\nمع أطيب التحيات،\nمكتب الحي"),
}

WATER = {
    "it": Text("Acqua sospesa {data.evento}",
               "Per la sostituzione della colonna dell'acqua la fornitura sarà sospesa "
               "{data.evento}, {ora.evento}.\n\n"
               "Si consiglia di fare una scorta d'acqua e di tenere chiusi i rubinetti "
               "fino alla fine dei lavori. Ci scusiamo per il disagio."),
    "en": Text("Water off {data.evento}",
               "The water supply will be off {data.evento}, {ora.evento}, while the water "
               "riser is replaced.\n\nPlease keep some water aside and the taps closed until "
               "the work is over. We apologise for the inconvenience."),
    "ar": Text("انقطاع المياه {data.evento}",
               "سيتم قطع المياه {data.evento}، {ora.evento}، لاستبدال أنبوب المياه الرئيسي."
               "\n\nننصح بتخزين بعض الماء وإبقاء الصنابير مغلقة حتى انتهاء الأعمال. نعتذر "
               "عن الإزعاج."),
}

PARTY = {
    "it": Text("Festa d'autunno in cascina",
               "{data.evento}, {ora.evento}\n{luogo.evento}\n\n"
               "Musica, merenda e giochi per i più piccoli. Portate una torta o una ricetta "
               "del vostro paese: la cucina della sala è aperta a tutti.\n\n"
               "Ingresso libero, anche per chi abita nel quartiere."),
    "en": Text("Autumn party at the cascina",
               "{data.evento}, {ora.evento}\n{luogo.evento}\n\n"
               "Music, snacks and games for children. Bring a cake or a recipe from your "
               "country: the kitchen of the room is open to all.\n\nFree entry, neighbours "
               "welcome."),
}

ASSEMBLY = {
    "it": Text("Assemblea degli abitanti",
               "Gentile {intestatario.nome_completo},\n\n"
               "la invitiamo all'assemblea degli abitanti {data.evento}, {ora.evento}, in "
               "{luogo.evento}. All'ordine del giorno: i turni di pulizia delle scale, le "
               "regole della sala comune e le proposte per la festa d'autunno.\n\n"
               "Se non può venire, può dare la sua opinione all'ufficio entro il giorno prima."
               "\n\nCordiali saluti,\nl'ufficio di borgo"),
    "ar": Text("اجتماع السكان",
               "السيد/السيدة {intestatario.nome_completo}،\n\n"
               "ندعوكم إلى اجتماع السكان {data.evento}، {ora.evento}، في {luogo.evento}. "
               "جدول الأعمال: مناوبات تنظيف السلالم، وقواعد القاعة المشتركة، ومقترحات حفلة "
               "الخريف.\n\nإذا لم تتمكنوا من الحضور، يمكنكم إبلاغ المكتب برأيكم قبل يوم."
               "\n\nمع أطيب التحيات،\nمكتب الحي"),
}

SHEET = {
    "it": Text("Raccolta differenziata: come e quando",
               "Carta e cartone: martedì sera, nel bidone bianco del cortile.\n"
               "Plastica e metalli: giovedì sera, sacco giallo.\n"
               "Umido: lunedì, mercoledì e venerdì, bidone marrone.\n"
               "Vetro: campana verde in via De Lemene angolo via Gallarate.\n\n"
               "Ingombranti: su prenotazione ad AMSA, 800.33.22.99.\n\n"
               "Per dubbi: {ufficio.nome}, {ufficio.telefono}, aperto {ufficio.orari}."),
}

TEMPLATES = (
    TemplateInput("BENVENUTO", "Lettera di benvenuto", TemplateKind.LETTER,
                  TemplatePurpose.GENERAL, WELCOME, "Prima versione"),
    TemplateInput("ASSEMBLEA", "Invito all'assemblea degli abitanti", TemplateKind.LETTER,
                  TemplatePurpose.GENERAL, ASSEMBLY, "Prima versione"),
    TemplateInput("ACQUA-SCALA", "Sospensione dell'acqua (scala)", TemplateKind.NOTICE_STAIRCASE,
                  TemplatePurpose.GENERAL, WATER, "Prima versione"),
    TemplateInput("FESTA-A3", "Locandina della festa", TemplateKind.POSTER_A3,
                  TemplatePurpose.GENERAL, PARTY, "Prima versione"),
    TemplateInput("DIFFERENZIATA", "Scheda sulla raccolta differenziata", TemplateKind.INFO_SHEET,
                  TemplatePurpose.GENERAL, SHEET, "Prima versione"),
)


def build_templates(ctx: Context) -> None:
    for template in TEMPLATES:
        save_template(ctx, template)
