"""The fixed words of the residents' handbook in its five languages.

Each procedure is a list of paragraphs with named figures ({phone}, {due_day}...) filled from
the data by reports/communication/handbook.py. The data themselves (house rules, spaces,
services) are printed as the office wrote them, in Italian.
"""

from __future__ import annotations

from borgo_desktop.models.enums import ServiceKind

TEXTS: dict[str, dict[str, object]] = {
    "it": {
        "title": "Manuale dei residenti",
        "subtitle": "Guida per chi abita nel borgo: procedure, regole, contatti e servizi",
        "edition": "Edizione del {date}",
        "toc": "Indice",
        "office": "Orari e contatti dell'ufficio",
        "address": "Indirizzo", "hours": "Orari", "phone": "Telefono", "email": "Email",
        "website": "Sito",
        "contacts": "Chi chiamare",
        "contacts_intro": "Per ogni richiesta il primo riferimento è l'ufficio di borgo: di "
                          "persona negli orari di apertura, al telefono {phone} o per email a "
                          "{email}.",
        "keys": "Chiavi di «{space}»: {holder}",
        "emergency": "Numeri di emergenza",
        "emergency_intro": "Se c'è un pericolo per le persone chiamare subito, a qualsiasi "
                           "ora, gratis anche dal cellulare:",
        "emergency_after": "Dopo l'emergenza avvisare l'ufficio di borgo.",
        "ticket": "Segnalare un guasto",
        "ticket_text": [
            "Un guasto nell'alloggio o nelle parti comuni (riscaldamento, ascensore, acqua, "
            "luce, pulizie) si segnala all'ufficio di borgo: di persona, al telefono {phone} o "
            "per email a {email}. Dire l'indirizzo, la scala, l'alloggio, che cosa non "
            "funziona e da quando.",
            "L'ufficio registra la segnalazione e le dà un numero: conservarlo per chiedere a "
            "che punto è. Il tempo massimo per risolvere il guasto, in "
            "giorni: {urgent} se è urgente, {normal} se è ordinario.",
            "Quando il lavoro è fatto l'ufficio chiede una conferma; senza risposta la "
            "segnalazione si chiude dopo {autoclose} giorni.",
            "Per un pericolo immediato (fuga di gas, incendio, allagamento) chiamare prima i "
            "numeri di emergenza.",
        ],
        "booking": "Prenotare uno spazio comune",
        "booking_text": [
            "Gli spazi comuni del borgo si possono prenotare per feste, riunioni, corsi e "
            "attività. La richiesta si fa all'ufficio di borgo indicando lo spazio, il giorno, "
            "l'orario e quante persone sono attese.",
            "Alcuni spazi richiedono l'approvazione dell'ufficio: la prenotazione vale quando "
            "l'ufficio la conferma. Le chiavi si ritirano e si restituiscono come indicato per "
            "ciascuno spazio. Lo spazio va lasciato pulito e in ordine.",
            "Gli spazi, con i loro orari e le loro regole, sono nel capitolo «{spaces}».",
        ],
        "rent": "Pagare l'affitto",
        "rent_text": [
            "L'affitto e le spese del mese si pagano entro il giorno {due_day} di ogni mese, "
            "con bonifico sul conto dell'ufficio (IBAN {account}), scrivendo nella causale il "
            "codice del proprio nucleo.",
            "Se il pagamento non arriva, l'ufficio manda prima un sollecito, che dà {reminder} "
            "giorni per pagare, poi una diffida, che ne dà {notice}. Un debito che non si "
            "risolve può portare alla perdita dell'alloggio.",
            "Chi è in difficoltà venga subito in ufficio, prima che il debito cresca: si può "
            "concordare un piano di rientro fino a {instalments} rate mensili.",
        ],
        "rules": "Regolamento della casa",
        "rules_version": "Versione {version}, in vigore dal {date}.",
        "rules_official": "",
        "rules_none": "Il regolamento non è ancora stato pubblicato: chiederlo all'ufficio.",
        "spaces": "Spazi comuni",
        "spaces_none": "Nessuno spazio prenotabile per ora.",
        "building": "Edificio", "purpose": "Uso", "capacity": "Capienza",
        "people": "{n} persone", "equipment": "Attrezzature", "space_rules": "Regole",
        "approval": "La prenotazione va approvata dall'ufficio.",
        "always_open": "sempre aperto", "closed": "chiuso",
        "weekdays": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
        "services": "Servizi del quartiere",
        "services_none": "Nessun servizio nell'elenco per ora.",
        "kinds": {"social": "Servizi sociali", "health": "Salute", "school": "Scuole",
                  "jobs": "Lavoro", "caf": "CAF e patronati", "association": "Associazioni",
                  "shop": "Negozi e mercati", "other": "Altro"},
        "emergency_labels": {},
    },
    "en": {
        "title": "Residents' handbook",
        "subtitle": "A guide for those who live in the borgo: procedures, rules, contacts "
                    "and services",
        "edition": "Edition of {date}",
        "toc": "Contents",
        "office": "Office hours and contacts",
        "address": "Address", "hours": "Hours", "phone": "Telephone", "email": "E-mail",
        "website": "Website",
        "contacts": "Who to call",
        "contacts_intro": "For any request, start with the borgo office: in person during "
                          "opening hours, by telephone on {phone} or by e-mail to {email}.",
        "keys": "Keys of “{space}”: {holder}",
        "emergency": "Emergency numbers",
        "emergency_intro": "If anyone is in danger, call at once, at any hour, free of "
                           "charge from a mobile phone too:",
        "emergency_after": "After the emergency, let the borgo office know.",
        "ticket": "Reporting a fault",
        "ticket_text": [
            "Report a fault in your home or in the shared parts of the building (heating, "
            "lift, water, lighting, cleaning) to the borgo office: in person, by telephone on "
            "{phone} or by e-mail to {email}. Give the address, the staircase, the flat, what "
            "is not working and since when.",
            "The office records the report and gives it a number: keep it to ask how things "
            "are going. The longest time to fix the fault, in days: "
            "{urgent} if it is urgent, {normal} if it is ordinary.",
            "When the work is done the office asks you to confirm it; without an answer the "
            "report is closed after {autoclose} days.",
            "If there is an immediate danger (gas leak, fire, flooding) call the emergency "
            "numbers first.",
        ],
        "booking": "Booking a shared space",
        "booking_text": [
            "The borgo's shared spaces can be booked for parties, meetings, courses and "
            "activities. Ask the borgo office, saying which space, the day, the time and how "
            "many people are expected.",
            "Some spaces need the office's approval: the booking holds once the office "
            "confirms it. Keys are collected and returned as shown for each space. Leave the "
            "space clean and tidy.",
            "The spaces, with their hours and rules, are in the chapter “{spaces}”.",
        ],
        "rent": "Paying the rent",
        "rent_text": [
            "The month's rent and service charges are paid by day {due_day} of each month, "
            "by bank transfer to the office's account (IBAN {account}), with your household's "
            "code in the payment reference.",
            "If the payment does not arrive, the office first sends a reminder giving "
            "{reminder} days to pay, then a formal notice giving {notice} days. A debt that is "
            "not settled can lead to the loss of the home.",
            "If you are in difficulty, come to the office straight away, before the debt "
            "grows: a repayment plan of up to {instalments} monthly instalments can be agreed.",
        ],
        "rules": "House rules",
        "rules_version": "Version {version}, in force from {date}.",
        "rules_official": "The official text of the house rules is the Italian one, printed "
                          "below.",
        "rules_none": "The house rules have not been published yet: ask the office.",
        "spaces": "Shared spaces",
        "spaces_none": "No space can be booked for now.",
        "building": "Building", "purpose": "Use", "capacity": "Capacity",
        "people": "{n} people", "equipment": "Equipment", "space_rules": "Rules",
        "approval": "The booking must be approved by the office.",
        "always_open": "always open", "closed": "closed",
        "weekdays": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "services": "Neighbourhood services",
        "services_none": "No service in the directory for now.",
        "kinds": {"social": "Social services", "health": "Health", "school": "Schools",
                  "jobs": "Work", "caf": "Tax and welfare advice (CAF, patronati)",
                  "association": "Associations", "shop": "Shops and markets",
                  "other": "Other"},
        "emergency_labels": {"112": "Single emergency number", "115": "Fire brigade",
                             "118": "Medical emergencies"},
    },
    "fr": {
        "title": "Guide des habitants",
        "subtitle": "Pour celles et ceux qui habitent le borgo : démarches, règles, contacts "
                    "et services",
        "edition": "Édition du {date}",
        "toc": "Sommaire",
        "office": "Horaires et contacts du bureau",
        "address": "Adresse", "hours": "Horaires", "phone": "Téléphone", "email": "E-mail",
        "website": "Site",
        "contacts": "Qui appeler",
        "contacts_intro": "Pour toute demande, adressez-vous d'abord au bureau du borgo : sur "
                          "place pendant les heures d'ouverture, par téléphone au {phone} ou "
                          "par e-mail à {email}.",
        "keys": "Clés de « {space} » : {holder}",
        "emergency": "Numéros d'urgence",
        "emergency_intro": "En cas de danger pour les personnes, appelez tout de suite, à "
                           "toute heure, gratuitement, même depuis un portable :",
        "emergency_after": "Après l'urgence, prévenez le bureau du borgo.",
        "ticket": "Signaler une panne",
        "ticket_text": [
            "Une panne dans le logement ou dans les parties communes (chauffage, ascenseur, "
            "eau, éclairage, nettoyage) se signale au bureau du borgo : sur place, par "
            "téléphone au {phone} ou par e-mail à {email}. Indiquez l'adresse, l'escalier, le "
            "logement, ce qui ne fonctionne pas et depuis quand.",
            "Le bureau enregistre le signalement et lui donne un numéro : gardez-le pour "
            "demander où en est la réparation. Le délai maximal de "
            "réparation, en jours : {urgent} pour une panne urgente, {normal} pour une panne "
            "ordinaire.",
            "Une fois les travaux terminés, le bureau vous demande de confirmer ; sans "
            "réponse, le signalement est clos après {autoclose} jours.",
            "En cas de danger immédiat (fuite de gaz, incendie, inondation), appelez d'abord "
            "les numéros d'urgence.",
        ],
        "booking": "Réserver un espace commun",
        "booking_text": [
            "Les espaces communs du borgo peuvent être réservés pour des fêtes, des réunions, "
            "des cours et des activités. La demande se fait au bureau du borgo, en indiquant "
            "l'espace, le jour, l'horaire et le nombre de personnes attendues.",
            "Certains espaces demandent l'accord du bureau : la réservation est valable "
            "lorsque le bureau la confirme. Les clés se retirent et se rendent comme indiqué "
            "pour chaque espace. L'espace doit être laissé propre et rangé.",
            "Les espaces, avec leurs horaires et leurs règles, sont présentés au chapitre "
            "« {spaces} ».",
        ],
        "rent": "Payer le loyer",
        "rent_text": [
            "Le loyer et les charges du mois se paient avant le {due_day} de chaque mois, par "
            "virement sur le compte du bureau (IBAN {account}), avec le code de votre foyer "
            "dans le motif du virement.",
            "Si le paiement n'arrive pas, le bureau envoie d'abord une relance, qui donne "
            "{reminder} jours pour payer, puis une mise en demeure, qui en donne {notice}. Une "
            "dette qui n'est pas réglée peut entraîner la perte du logement.",
            "En cas de difficulté, venez tout de suite au bureau, avant que la dette "
            "n'augmente : un plan de remboursement jusqu'à {instalments} mensualités peut être "
            "convenu.",
        ],
        "rules": "Règlement de l'immeuble",
        "rules_version": "Version {version}, en vigueur depuis le {date}.",
        "rules_official": "Le texte officiel du règlement est le texte italien, reproduit "
                          "ci-dessous.",
        "rules_none": "Le règlement n'a pas encore été publié : demandez-le au bureau.",
        "spaces": "Espaces communs",
        "spaces_none": "Aucun espace réservable pour le moment.",
        "building": "Bâtiment", "purpose": "Usage", "capacity": "Capacité",
        "people": "{n} personnes", "equipment": "Équipement", "space_rules": "Règles",
        "approval": "La réservation doit être approuvée par le bureau.",
        "always_open": "toujours ouvert", "closed": "fermé",
        "weekdays": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
        "services": "Services du quartier",
        "services_none": "Aucun service dans l'annuaire pour le moment.",
        "kinds": {"social": "Services sociaux", "health": "Santé", "school": "Écoles",
                  "jobs": "Emploi", "caf": "Aide administrative et fiscale (CAF, patronati)",
                  "association": "Associations", "shop": "Commerces et marchés",
                  "other": "Autres"},
        "emergency_labels": {"112": "Numéro d'urgence unique", "115": "Pompiers",
                             "118": "Urgences médicales"},
    },
    "es": {
        "title": "Manual de los residentes",
        "subtitle": "Guía para quienes viven en el borgo: trámites, normas, contactos y "
                    "servicios",
        "edition": "Edición del {date}",
        "toc": "Índice",
        "office": "Horario y contactos de la oficina",
        "address": "Dirección", "hours": "Horario", "phone": "Teléfono",
        "email": "Correo electrónico", "website": "Sitio web",
        "contacts": "A quién llamar",
        "contacts_intro": "Para cualquier petición, la primera referencia es la oficina del "
                          "borgo: en persona en horario de apertura, por teléfono al {phone} o "
                          "por correo electrónico a {email}.",
        "keys": "Llaves de «{space}»: {holder}",
        "emergency": "Números de emergencia",
        "emergency_intro": "Si hay peligro para las personas, llame enseguida, a cualquier "
                           "hora, gratis también desde el móvil:",
        "emergency_after": "Después de la emergencia, avise a la oficina del borgo.",
        "ticket": "Avisar de una avería",
        "ticket_text": [
            "Una avería en la vivienda o en las zonas comunes (calefacción, ascensor, agua, "
            "luz, limpieza) se comunica a la oficina del borgo: en persona, por teléfono al "
            "{phone} o por correo electrónico a {email}. Indique la dirección, la escalera, la "
            "vivienda, qué no funciona y desde cuándo.",
            "La oficina registra el aviso y le asigna un número: guárdelo para preguntar cómo "
            "va. El plazo máximo de reparación, en días: {urgent} si es "
            "urgente, {normal} si es ordinaria.",
            "Cuando el trabajo está hecho, la oficina pide una confirmación; si no hay "
            "respuesta, el aviso se cierra a los {autoclose} días.",
            "Ante un peligro inmediato (fuga de gas, incendio, inundación), llame primero a "
            "los números de emergencia.",
        ],
        "booking": "Reservar un espacio común",
        "booking_text": [
            "Los espacios comunes del borgo se pueden reservar para fiestas, reuniones, "
            "cursos y actividades. La solicitud se hace en la oficina del borgo, indicando el "
            "espacio, el día, el horario y cuántas personas se esperan.",
            "Algunos espacios necesitan la aprobación de la oficina: la reserva es válida "
            "cuando la oficina la confirma. Las llaves se recogen y se devuelven como se "
            "indica para cada espacio. El espacio debe dejarse limpio y ordenado.",
            "Los espacios, con sus horarios y normas, están en el capítulo «{spaces}».",
        ],
        "rent": "Pagar el alquiler",
        "rent_text": [
            "El alquiler y los gastos del mes se pagan antes del día {due_day} de cada mes, "
            "por transferencia a la cuenta de la oficina (IBAN {account}), indicando en el "
            "concepto el código de su núcleo familiar.",
            "Si el pago no llega, la oficina envía primero un recordatorio, que da {reminder} "
            "días para pagar, y después un requerimiento formal, que da {notice}. Una deuda "
            "que no se resuelve puede llevar a la pérdida de la vivienda.",
            "Si tiene dificultades, venga enseguida a la oficina, antes de que la deuda "
            "crezca: se puede acordar un plan de pago de hasta {instalments} cuotas "
            "mensuales.",
        ],
        "rules": "Reglamento de la casa",
        "rules_version": "Versión {version}, vigente desde el {date}.",
        "rules_official": "El texto oficial del reglamento es el italiano, que se reproduce "
                          "a continuación.",
        "rules_none": "El reglamento aún no se ha publicado: pídalo en la oficina.",
        "spaces": "Espacios comunes",
        "spaces_none": "Por ahora no hay espacios que se puedan reservar.",
        "building": "Edificio", "purpose": "Uso", "capacity": "Capacidad",
        "people": "{n} personas", "equipment": "Equipamiento", "space_rules": "Normas",
        "approval": "La reserva debe ser aprobada por la oficina.",
        "always_open": "siempre abierto", "closed": "cerrado",
        "weekdays": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        "services": "Servicios del barrio",
        "services_none": "Por ahora no hay servicios en el directorio.",
        "kinds": {"social": "Servicios sociales", "health": "Salud", "school": "Escuelas",
                  "jobs": "Empleo", "caf": "Asesoría fiscal y social (CAF, patronati)",
                  "association": "Asociaciones", "shop": "Tiendas y mercados",
                  "other": "Otros"},
        "emergency_labels": {"112": "Número único de emergencias", "115": "Bomberos",
                             "118": "Urgencias sanitarias"},
    },
    "ar": {
        "title": "دليل السكان",
        "subtitle": "دليل لسكان الحي: الإجراءات والقواعد وجهات الاتصال والخدمات",
        "edition": "طبعة {date}",
        "toc": "المحتويات",
        "office": "مواعيد المكتب ووسائل الاتصال",
        "address": "العنوان", "hours": "المواعيد", "phone": "الهاتف",
        "email": "البريد الإلكتروني", "website": "الموقع الإلكتروني",
        "contacts": "بمن تتصل",
        "contacts_intro": "لأي طلب، المرجع الأول هو مكتب الحي: حضورياً في مواعيد العمل، أو "
                          "بالهاتف على الرقم {phone}، أو بالبريد الإلكتروني على {email}.",
        "keys": "مفاتيح «{space}»: {holder}",
        "emergency": "أرقام الطوارئ",
        "emergency_intro": "إذا كان هناك خطر على الأشخاص فاتصل فوراً، في أي ساعة، ومجاناً "
                           "حتى من الهاتف المحمول:",
        "emergency_after": "بعد حالة الطوارئ أبلغ مكتب الحي.",
        "ticket": "الإبلاغ عن عطل",
        "ticket_text": [
            "يُبلَّغ مكتب الحي عن أي عطل في المسكن أو في الأجزاء المشتركة (التدفئة، المصعد، "
            "الماء، الإنارة، التنظيف): حضورياً، أو بالهاتف على الرقم {phone}، أو بالبريد "
            "الإلكتروني على {email}. اذكر العنوان والدرج والمسكن وما الذي لا يعمل ومنذ متى.",
            "يسجل المكتب البلاغ ويعطيه رقماً: احتفظ به لتسأل عن سير الإصلاح. المهلة "
            "القصوى للإصلاح بالأيام: {urgent} للعطل العاجل، و{normal} للعطل العادي.",
            "عند انتهاء العمل يطلب المكتب منك التأكيد؛ وإذا لم يصل رد يُغلق البلاغ بعد "
            "{autoclose} يوماً.",
            "في حالة الخطر المباشر (تسرب الغاز، حريق، فيضان) اتصل أولاً بأرقام الطوارئ.",
        ],
        "booking": "حجز مساحة مشتركة",
        "booking_text": [
            "يمكن حجز المساحات المشتركة في الحي للحفلات والاجتماعات والدورات والأنشطة. يُقدَّم "
            "الطلب إلى مكتب الحي مع ذكر المساحة واليوم والساعة وعدد الأشخاص المتوقع.",
            "بعض المساحات تحتاج إلى موافقة المكتب: يصبح الحجز نافذاً عندما يؤكده المكتب. "
            "تُستلم المفاتيح وتُعاد كما هو مبيَّن لكل مساحة. يجب ترك المساحة نظيفة ومرتبة.",
            "المساحات، مع مواعيدها وقواعدها، مذكورة في فصل «{spaces}».",
        ],
        "rent": "دفع الإيجار",
        "rent_text": [
            "يُدفع إيجار الشهر ومصاريفه قبل اليوم {due_day} من كل شهر، بتحويل مصرفي إلى حساب "
            "المكتب (IBAN {account})، مع كتابة رمز أسرتك في سبب التحويل.",
            "إذا لم يصل الدفع، يرسل المكتب أولاً تذكيراً يمنح {reminder} يوماً للدفع، ثم "
            "إنذاراً رسمياً يمنح {notice} يوماً. الدَّين الذي لا يُسوّى قد يؤدي إلى فقدان "
            "المسكن.",
            "إذا كنت في صعوبة فتعال إلى المكتب فوراً، قبل أن يكبر الدَّين: يمكن الاتفاق على "
            "خطة سداد تصل إلى {instalments} قسطاً شهرياً.",
        ],
        "rules": "نظام السكن",
        "rules_version": "الإصدار {version}، ساري المفعول منذ {date}.",
        "rules_official": "النص الرسمي للنظام هو النص الإيطالي المطبوع أدناه.",
        "rules_none": "لم يُنشر النظام بعد: اطلبه من المكتب.",
        "spaces": "المساحات المشتركة",
        "spaces_none": "لا توجد حالياً مساحة متاحة للحجز.",
        "building": "المبنى", "purpose": "الاستخدام", "capacity": "السعة",
        "people": "{n} أشخاص", "equipment": "التجهيزات", "space_rules": "القواعد",
        "approval": "يجب أن يوافق المكتب على الحجز.",
        "always_open": "مفتوح دائماً", "closed": "مغلق",
        "weekdays": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
                     "الأحد"),
        "services": "خدمات الحي",
        "services_none": "لا توجد حالياً خدمات في الدليل.",
        "kinds": {"social": "الخدمات الاجتماعية", "health": "الصحة", "school": "المدارس",
                  "jobs": "العمل", "caf": "مساعدة ضريبية واجتماعية (CAF، patronati)",
                  "association": "الجمعيات", "shop": "المتاجر والأسواق", "other": "أخرى"},
        "emergency_labels": {"112": "رقم الطوارئ الموحد", "115": "الإطفاء",
                             "118": "الإسعاف والطوارئ الطبية"},
    },
}

assert all(set(TEXTS[lang]) == set(TEXTS["it"]) for lang in TEXTS)
assert all(set(TEXTS[lang]["kinds"]) == {k.value for k in ServiceKind} for lang in TEXTS)
