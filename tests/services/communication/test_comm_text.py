"""Lines of Arabic are measured joined, as drawn: a paragraph that fits is wrapped between
words, never cut inside one."""

from borgo_desktop.reports.communication.text import REGULAR, shape, wrap

ARABIC = ("نرحب بكم في المسكن الجديد في الحي. يقع مكتب الحي في الساحة الكبيرة وهو مفتوح كل "
          "يوم. تفضلوا بزيارتنا لاستلام حقيبة الترحيب ومفاتيح القاعة المشتركة وقواعد السكن.")


def test_an_arabic_paragraph_breaks_between_words_only():
    for width in (180, 260, 340, 470):
        lines = wrap(ARABIC, width, REGULAR, 10.5, True)
        assert len(lines) > 1
        drawn = [w for line in lines for w in line.split()]
        assert sorted(drawn) == sorted(shape(w, True) for w in ARABIC.split())
