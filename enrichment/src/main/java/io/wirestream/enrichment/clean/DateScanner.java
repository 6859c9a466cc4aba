package io.wirestream.enrichment.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one written date at a position, hand-written rather than by regular expression so that its cost
 * is a few tokens whatever the input: ISO {@code 2026-02-03[T10:15Z]}, numeric {@code 03.02.2026},
 * {@code 3/2/2026}, {@code ۱۴۰۴/۱۱/۱۴}, {@code 2026年2月3日}, and day-month-year or month-day-year with month
 * names in English, French, German, Spanish, Portuguese, Italian, Turkish, Russian, Arabic (Egyptian,
 * Levantine {@code شباط/فبراير}, Maghrebi), Persian; Solar Hijri months ({@code ۱۴ بهمن ۱۴۰۴}) and lunar
 * Hijri months ({@code 15 شعبان 1447 هـ}). Digits of any script count. A weekday before the date and a time
 * of day after it are consumed with it. Stateless and thread-safe.
 *
 * <p>Sharp edges: a local time without a zone is read past but not used (the result is 00:00 UTC of the
 * date); an ISO time with {@code Z} or an offset gives the exact instant. Lunar Hijri dates follow the
 * JDK's Umm al-Qura tables, which can differ by a day from a local sighting. {@code 3/4/2026} is day-first
 * unless {@code monthFirst} (English context), and an English date whose day and month are both at most
 * 12 is taken as ambiguous and refused. Years are accepted from 1900 to 2100 (Gregorian) and in the
 * matching Hijri ranges.
 */
final class DateScanner {

    /** A date read from {@code text[start, end)}. */
    record Found(Instant instant, int start, int end) {}

    private static final int GREGORIAN = 0;
    private static final int SOLAR = 1;
    private static final int LUNAR = 2;

    /** Month names by {@link PhraseKey}, as {@code calendar * 100 + month}. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    private static final PhraseSet WEEKDAYS;
    private static final Map<String, Integer> CALENDAR_SUFFIXES = new HashMap<>();
    private static final PhraseSet TIME_WORDS;
    private static final PhraseSet TIME_UNITS;
    private static final List<String> DAY_SUFFIXES = List.of("er", "st", "nd", "rd", "th", "e", "го");

    static {
        months(
                GREGORIAN,
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december");
        months(GREGORIAN, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        months(
                GREGORIAN,
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre");
        months(GREGORIAN, "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc");
        months(GREGORIAN, "fevrier", null, null, null, null, null, "aout", null, null, null, "decembre");
        months(
                GREGORIAN,
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember");
        months(GREGORIAN, "jänner", "feber", "maerz", null, null, null, null, null, "sept", "okt", null, "dez");
        months(
                GREGORIAN,
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre");
        months(
                GREGORIAN,
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro");
        months(
                GREGORIAN,
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre");
        months(
                GREGORIAN, "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
                "kasım", "aralık");
        months(
                GREGORIAN,
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря");
        months(
                GREGORIAN,
                "январь",
                "февраль",
                "март",
                "апрель",
                "май",
                "июнь",
                "июль",
                "август",
                "сентябрь",
                "октябрь",
                "ноябрь",
                "декабрь");
        months(GREGORIAN, "янв", "фев", "мар", "апр", null, "июн", "июл", "авг", "сен", "окт", "ноя", "дек");
        months(
                GREGORIAN, "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                "نوفمبر", "ديسمبر");
        months(GREGORIAN, null, null, null, "إبريل", null, "يونيه", "يوليه", null, null, null, null, null);
        months(
                GREGORIAN,
                "كانون الثاني",
                "شباط",
                "آذار",
                "نيسان",
                "أيار",
                "حزيران",
                "تموز",
                "آب",
                "أيلول",
                "تشرين الأول",
                "تشرين الثاني",
                "كانون الأول");
        months(
                GREGORIAN, "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
                "نوفمبر", "ديسمبر");
        months(GREGORIAN, null, null, null, null, null, null, "يوليوز", "غشت", "شتنبر", null, "نونبر", "دجنبر");
        months(
                GREGORIAN, "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
                "نوامبر", "دسامبر");
        months(GREGORIAN, null, null, null, null, "می", null, "جولای", "آگوست", null, null, null, null);
        months(
                SOLAR,
                "فروردین",
                "اردیبهشت",
                "خرداد",
                "تیر",
                "مرداد",
                "شهریور",
                "مهر",
                "آبان",
                "آذر",
                "دی",
                "بهمن",
                "اسفند");
        months(
                LUNAR,
                "محرم",
                "صفر",
                "ربيع الأول",
                "ربيع الآخر",
                "جمادى الأولى",
                "جمادى الآخرة",
                "رجب",
                "شعبان",
                "رمضان",
                "شوال",
                "ذو القعدة",
                "ذو الحجة");
        months(
                LUNAR,
                null,
                null,
                "ربيع أول",
                "ربيع الثاني",
                "جمادى الأول",
                "جمادى الثانية",
                null,
                null,
                null,
                null,
                "ذي القعدة",
                "ذي الحجة");
        months(
                LUNAR,
                null,
                null,
                "ربیع\u200Cالاول",
                "ربیع\u200Cالثانی",
                "جمادی\u200Cالاول",
                "جمادی\u200Cالثانی",
                null,
                null,
                null,
                null,
                "ذی\u200Cالقعده",
                "ذی\u200Cالحجه");
        months(LUNAR, null, null, null, "ربيع ثاني", "جمادى أولى", "جمادى ثانية", null, null, null, null, null, null);

        WEEKDAYS = PhraseSet.of(
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "mon",
                "tue",
                "tues",
                "wed",
                "thu",
                "thur",
                "thurs",
                "fri",
                "sat",
                "sun",
                "lundi",
                "mardi",
                "mercredi",
                "jeudi",
                "vendredi",
                "samedi",
                "dimanche",
                "montag",
                "dienstag",
                "mittwoch",
                "donnerstag",
                "freitag",
                "samstag",
                "sonnabend",
                "sonntag",
                "mo",
                "di",
                "mi",
                "do",
                "fr",
                "sa",
                "so",
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
                "domingo",
                "понедельник",
                "вторник",
                "среда",
                "четверг",
                "пятница",
                "суббота",
                "воскресенье",
                "пн",
                "вт",
                "ср",
                "чт",
                "пт",
                "сб",
                "вс",
                "الاثنين",
                "الإثنين",
                "الثلاثاء",
                "الأربعاء",
                "الخميس",
                "الجمعة",
                "السبت",
                "الأحد",
                "يوم الاثنين",
                "يوم الإثنين",
                "يوم الثلاثاء",
                "يوم الأربعاء",
                "يوم الخميس",
                "يوم الجمعة",
                "يوم السبت",
                "يوم الأحد",
                "شنبه",
                "یکشنبه",
                "دوشنبه",
                "سه\u200Cشنبه",
                "سه شنبه",
                "چهارشنبه",
                "پنجشنبه",
                "پنج\u200Cشنبه",
                "پنج شنبه",
                "جمعه",
                "星期一",
                "星期二",
                "星期三",
                "星期四",
                "星期五",
                "星期六",
                "星期日");
        for (String s : new String[] {"هـ", "ه", "ق", "ه ق", "هجري", "هجرية", "للهجرة", "قمری"}) {
            CALENDAR_SUFFIXES.put(PhraseKey.of(s), LUNAR);
        }
        for (String s : new String[] {"ش", "ه ش", "هـ ش", "شمسی", "هجری شمسی", "خورشیدی"}) {
            CALENDAR_SUFFIXES.put(PhraseKey.of(s), SOLAR);
        }
        for (String s : new String[] {"م", "ميلادي", "ميلادية", "للميلاد", "میلادی", "г", "года", "год"}) {
            CALENDAR_SUFFIXES.put(PhraseKey.of(s), GREGORIAN);
        }
        TIME_WORDS = PhraseSet.of("à", "a", "at", "um", "в", "às", "alle", "ore", "kl", "الساعة", "ساعت", "o", "h");
        TIME_UNITS = PhraseSet.of(
                "uhr", "h", "am", "pm", "a m", "p m", "gmt", "utc", "cet", "cest", "mez", "mesz", "msk", "мск", "est",
                "edt", "et", "ct", "pt", "pst", "pdt", "bst", "ist", "ast", "eet", "eest", "ص", "م", "صباحا", "مساء",
                "بتوقيت", "صبح", "عصر");
    }

    private DateScanner() {}

    private static void months(int calendar, String... names) {
        for (int m = 0; m < names.length; m++) {
            if (names[m] != null) {
                MONTHS.putIfAbsent(PhraseKey.of(names[m]), calendar * 100 + m + 1);
            }
        }
    }

    /**
     * The first date in {@code text[from, limit)} that starts at a word boundary.
     *
     * @param monthFirst whether {@code 3/4/2026} means March 4 (English context)
     */
    static Found find(String text, int from, int limit, boolean monthFirst) {
        limit = Math.min(limit, text.length());
        for (int i = from; i < limit; i++) {
            int cp = text.charAt(i);
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (boundary && Character.isLetterOrDigit(cp)) {
                Found f = at(text, i, limit, monthFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The date starting at {@code from} (after spaces and an optional weekday), or null. */
    static Found at(String text, int from, int limit, boolean monthFirst) {
        limit = Math.min(limit, text.length());
        Cursor c = new Cursor(text, limit);
        int start = c.skipSpaces(from);
        int p = skipWeekday(c, start);
        DateAndEnd d = numeric(c, p, monthFirst);
        if (d == null) {
            d = dayMonthYear(c, p);
        }
        if (d == null) {
            d = monthDayYear(c, p, monthFirst);
        }
        if (d == null) {
            return null;
        }
        int end = d.exactTime() ? d.end() : skipTime(c, d.end());
        return new Found(d.instant(), start, end);
    }

    private record DateAndEnd(Instant instant, int end, boolean exactTime) {}

    private static int skipWeekday(Cursor c, int p) {
        int w1 = c.wordEnd(p);
        if (w1 == p) {
            return p;
        }
        int w2 = c.wordEnd(c.skipSpaces(w1));
        int end = -1;
        if (w2 > w1 && WEEKDAYS.contains(PhraseKey.of(c.text.substring(p, w2)))) {
            end = w2;
        } else if (WEEKDAYS.contains(PhraseKey.of(c.text.substring(p, w1)))) {
            end = w1;
        }
        if (end < 0) {
            return p;
        }
        int q = c.skipSpaces(end);
        if (c.is(q, ',') || c.is(q, '،') || c.is(q, '.')) {
            q = c.skipSpaces(q + 1);
        }
        return q;
    }

    /** ISO, d.m.y, d/m/y, m/d/y, y/m/d, y年m月d日. */
    private static DateAndEnd numeric(Cursor c, int p, boolean monthFirst) {
        int e1 = c.numberEnd(p);
        if (e1 == p || e1 >= c.limit) {
            return null;
        }
        int n1 = c.number(p, e1);
        char s1 = c.text.charAt(e1);
        if (s1 == '年' && e1 - p == 4) {
            int e2 = c.numberEnd(e1 + 1);
            if (e2 == e1 + 1 || !c.is(e2, '月')) {
                return null;
            }
            int e3 = c.numberEnd(e2 + 1);
            if (e3 == e2 + 1 || !(c.is(e3, '日') || c.is(e3, '号'))) {
                return null;
            }
            return dated(GREGORIAN, n1, c.number(e1 + 1, e2), c.number(e2 + 1, e3), e3 + 1);
        }
        if (s1 != '-' && s1 != '.' && s1 != '/') {
            return null;
        }
        int e2 = c.numberEnd(e1 + 1);
        if (e2 == e1 + 1 || e2 - e1 - 1 > 2 || !c.is(e2, s1)) {
            return null;
        }
        int e3 = c.numberEnd(e2 + 1);
        if (e3 == e2 + 1 || c.isLetterOrDigit(e3) && !c.isCalendarLetter(e3) && !(s1 == '-' && c.is(e3, 'T'))) {
            return null;
        }
        int n2 = c.number(e1 + 1, e2);
        int n3 = c.number(e2 + 1, e3);
        if (e1 - p == 4 && e3 - e2 - 1 <= 2) {
            if (s1 == '-' && e3 < c.limit && (c.is(e3, 'T') || c.is(e3, ' ')) && n1 >= 1900) {
                DateAndEnd exact = isoTime(c, n1, n2, n3, e3);
                if (exact != null) {
                    return exact;
                }
            }
            int suffixEnd = calendarSuffixEnd(c, e3);
            int calendar = suffixEnd > e3 ? calendarOf(c, e3) : n1 < 1700 ? SOLAR : GREGORIAN;
            return dated(calendar, n1, n2, n3, suffixEnd);
        }
        if (e1 - p > 2 || e3 - e2 - 1 != 4 || s1 == '-' && n3 < 1700) {
            return null;
        }
        int day = n1;
        int month = n2;
        if (s1 == '/' && monthFirst) {
            if (n1 <= 12 && n2 <= 12 && n1 != n2) {
                return null; // 3/4/2026 in English: March 4 or 3 April
            }
            day = n2 <= 12 ? n1 : n2;
            month = n2 <= 12 ? n2 : n1;
        }
        int suffixEnd = calendarSuffixEnd(c, e3);
        int calendar = suffixEnd > e3 ? calendarOf(c, e3) : n3 < 1700 ? LUNAR : GREGORIAN;
        return dated(calendar, n3, month, day, suffixEnd);
    }

    /** {@code T10:15[:00[.123]](Z|+03:00)}: the exact instant when a zone is given, else null. */
    private static DateAndEnd isoTime(Cursor c, int y, int m, int d, int p) {
        int h = p + 1;
        int he = c.numberEnd(h);
        if (he - h != 2 || !c.is(he, ':')) {
            return null;
        }
        int me = c.numberEnd(he + 1);
        if (me - he - 1 != 2) {
            return null;
        }
        int q = me;
        int seconds = 0;
        if (c.is(q, ':')) {
            int se = c.numberEnd(q + 1);
            if (se - q - 1 != 2) {
                return null;
            }
            seconds = c.number(q + 1, se);
            q = se;
            if (c.is(q, '.')) {
                q = c.numberEnd(q + 1);
            }
        }
        ZoneOffset offset;
        if (c.is(q, 'Z')) {
            offset = ZoneOffset.UTC;
            q++;
        } else if (c.is(q, '+') || c.is(q, '-')) {
            int oh = c.numberEnd(q + 1);
            if (oh - q - 1 != 2) {
                return null;
            }
            int om = oh;
            int minutes = 0;
            if (c.is(oh, ':')) {
                om = c.numberEnd(oh + 1);
                if (om - oh - 1 != 2) {
                    return null;
                }
                minutes = c.number(oh + 1, om);
            }
            try {
                int sign = c.is(q, '-') ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * c.number(q + 1, oh), sign * minutes);
            } catch (DateTimeException e) {
                return null;
            }
            q = om;
        } else {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.of(y, m, d, c.number(h, he), c.number(he + 1, me), seconds);
            return y > 2100 ? null : new DateAndEnd(t.toInstant(offset), q, true);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 3 February 2026}, {@code 3. Februar 2026}, {@code 1er mars 2026}, {@code 12 de fevereiro de 2026}. */
    private static DateAndEnd dayMonthYear(Cursor c, int p) {
        int e1 = c.numberEnd(p);
        if (e1 == p || e1 - p > 2) {
            return null;
        }
        int day = c.number(p, e1);
        int q = e1;
        if (c.is(q, '.')) {
            q++;
        } else {
            int w = c.wordEnd(q);
            if (w > q && DAY_SUFFIXES.contains(c.text.substring(q, w))) {
                q = w;
            }
        }
        q = skipWords(c, c.skipSpaces(q), "de", "of");
        int[] month = month(c, q);
        if (month == null) {
            return null;
        }
        q = c.is(month[1], '.') ? month[1] + 1 : month[1];
        q = c.skipSpaces(q);
        if (c.is(q, ',') || c.is(q, '،')) {
            q = c.skipSpaces(q + 1);
        }
        q = skipWords(c, q, "de", "del");
        int e3 = c.numberEnd(q);
        if (e3 - q != 4 || c.isLetterOrDigit(e3) && !c.isCalendarLetter(e3)) {
            return null;
        }
        int suffixEnd = calendarSuffixEnd(c, e3);
        int calendar = month[0] / 100;
        if (suffixEnd > e3 && calendarOf(c, e3) != calendar) {
            return null;
        }
        return dated(calendar, c.number(q, e3), month[0] % 100, day, suffixEnd);
    }

    /** {@code February 3, 2026}, {@code Feb. 3 2026}, {@code March 4th, 2026}. */
    private static DateAndEnd monthDayYear(Cursor c, int p, boolean monthFirst) {
        int[] month = month(c, p);
        if (month == null || month[0] / 100 != GREGORIAN) {
            return null;
        }
        int q = month[1];
        if (c.is(q, '.')) {
            q++;
        }
        q = c.skipSpaces(q);
        int e1 = c.numberEnd(q);
        if (e1 == q || e1 - q > 2) {
            return null;
        }
        int day = c.number(q, e1);
        q = e1;
        int w = c.wordEnd(q);
        if (w > q && DAY_SUFFIXES.contains(c.text.substring(q, w))) {
            q = w;
        }
        q = c.skipSpaces(q);
        if (c.is(q, ',')) {
            q = c.skipSpaces(q + 1);
        }
        int e3 = c.numberEnd(q);
        if (e3 - q != 4 || c.isLetterOrDigit(e3)) {
            return null;
        }
        return dated(GREGORIAN, c.number(q, e3), month[0] % 100, day, e3);
    }

    /** {calendar * 100 + month, end} of a month name at p, with an alternative name after {@code /} or in parentheses. */
    private static int[] month(Cursor c, int p) {
        int[] first = monthName(c, p);
        if (first == null) {
            return null;
        }
        int q = c.skipSpaces(first[1]);
        boolean paren = c.is(q, '(');
        if (c.is(q, '/') || paren || c.is(q, '-')) {
            int[] second = monthName(c, c.skipSpaces(q + 1));
            if (second != null && second[0] % 100 == first[0] % 100) {
                int end = c.skipSpaces(second[1]);
                if (!paren) {
                    return new int[] {Math.max(first[0], second[0]), second[1]};
                }
                if (c.is(end, ')')) {
                    return new int[] {first[0], end + 1};
                }
            }
        }
        return first;
    }

    private static int[] monthName(Cursor c, int p) {
        int w1 = c.wordEnd(p);
        if (w1 == p) {
            return null;
        }
        int w2 = c.wordEnd(c.skipSpaces(w1));
        if (w2 > w1) {
            Integer two = MONTHS.get(PhraseKey.of(c.text.substring(p, w2)));
            if (two != null) {
                return new int[] {two, w2};
            }
        }
        Integer one = MONTHS.get(PhraseKey.of(c.text.substring(p, w1)));
        return one == null ? null : new int[] {one, w1};
    }

    private static int skipWords(Cursor c, int p, String... words) {
        int w = c.wordEnd(p);
        if (w > p) {
            String word = c.text.substring(p, w);
            for (String candidate : words) {
                if (candidate.equals(word)) {
                    return c.skipSpaces(w);
                }
            }
        }
        return p;
    }

    /** End of a calendar suffix ({@code هـ}, {@code ه.ش}, {@code م}, {@code г.}) right after a year, else {@code p}. */
    private static int calendarSuffixEnd(Cursor c, int p) {
        int[] found = calendarSuffix(c, p);
        return found == null ? p : found[1];
    }

    private static int calendarOf(Cursor c, int p) {
        return calendarSuffix(c, p)[0];
    }

    private static int[] calendarSuffix(Cursor c, int p) {
        int q = c.skipSpaces(p);
        if (q - p > 1) {
            return null;
        }
        int w1 = c.wordEnd(q);
        if (w1 == q) {
            return null;
        }
        int after = w1;
        if (c.is(after, '.')) {
            after++;
        }
        int w2 = c.wordEnd(c.skipSpaces(after));
        if (w2 > after) {
            Integer two = CALENDAR_SUFFIXES.get(PhraseKey.of(c.text.substring(q, w2)));
            if (two != null) {
                return new int[] {two, c.is(w2, '.') ? w2 + 1 : w2};
            }
        }
        Integer one = CALENDAR_SUFFIXES.get(PhraseKey.of(c.text.substring(q, w1)));
        return one == null ? null : new int[] {one, after};
    }

    /** Reads past {@code [,] [à|at|um|в|الساعة] 10:30 [Uhr|GMT|am|…]} or {@code 10h30}; returns {@code p} when no time follows. */
    private static int skipTime(Cursor c, int p) {
        int q = c.skipSpaces(p);
        if (c.is(q, ',') || c.is(q, '،') || c.is(q, '-') || c.is(q, '–') || c.is(q, '|')) {
            q = c.skipSpaces(q + 1);
        }
        int w = c.wordEnd(q);
        if (w > q && TIME_WORDS.contains(PhraseKey.of(c.text.substring(q, w)))) {
            q = c.skipSpaces(w);
        }
        int he = c.numberEnd(q);
        if (he == q || he - q > 2 || he >= c.limit) {
            return p;
        }
        char sep = c.text.charAt(he);
        if (sep != ':' && sep != 'h' && sep != 'H' && sep != '.') {
            return p;
        }
        int me = c.numberEnd(he + 1);
        if (me == he + 1 && (sep == 'h' || sep == 'H') && !c.isLetterOrDigit(me)) {
            me = he + 1; // "à 10h"
        } else if (me - he - 1 != 2) {
            return p;
        }
        int end = me;
        if (c.is(end, ':')) {
            int se = c.numberEnd(end + 1);
            if (se - end - 1 == 2) {
                end = se;
            }
        }
        for (int unit = 0; unit < 2; unit++) {
            int u = c.skipSpaces(end);
            if (c.is(u, '(')) {
                u++;
            }
            int ue = u;
            while (ue < c.limit
                    && ue - u < 12
                    && !Character.isWhitespace(c.text.charAt(ue))
                    && c.text.charAt(ue) != ','
                    && c.text.charAt(ue) != ')') {
                ue++;
            }
            if (ue == u) {
                break;
            }
            String key = PhraseKey.of(c.text.substring(u, ue));
            boolean zone = c.is(u, '+') || c.is(u, '-') && ue - u > 1 && Character.isDigit(c.text.charAt(u + 1));
            if (!zone && !TIME_UNITS.contains(key) && !key.startsWith("gmt") && !key.startsWith("utc")) {
                break;
            }
            end = c.is(ue, ')') ? ue + 1 : ue;
        }
        return end;
    }

    private static DateAndEnd dated(int calendar, int year, int month, int day, int end) {
        LocalDate date = switch (calendar) {
            case SOLAR -> year >= 1279 && year <= 1479 ? SolarHijri.toIso(year, month, day) : null;
            case LUNAR -> year >= 1318 && year <= 1526 ? lunar(year, month, day) : null;
            default -> year >= 1900 && year <= 2100 ? iso(year, month, day) : null;
        };
        return date == null
                ? null
                : new DateAndEnd(date.atStartOfDay(ZoneOffset.UTC).toInstant(), end, false);
    }

    private static LocalDate iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate lunar(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Character classes over a bounded window of the text. */
    private static final class Cursor {
        final String text;
        final int limit;

        Cursor(String text, int limit) {
            this.text = text;
            this.limit = limit;
        }

        boolean is(int i, char c) {
            return i < limit && text.charAt(i) == c;
        }

        boolean isLetterOrDigit(int i) {
            return i < limit && Character.isLetterOrDigit(text.charAt(i));
        }

        /** Arabic calendar letters written against the year: {@code 1447هـ}. */
        boolean isCalendarLetter(int i) {
            return i < limit && (text.charAt(i) == 'ه' || text.charAt(i) == 'م' || text.charAt(i) == 'ش');
        }

        int skipSpaces(int i) {
            while (i < limit && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
                i++;
            }
            return i;
        }

        /** End of a run of at most 5 decimal digits of any script at i; i when there is none or the run is longer. */
        int numberEnd(int i) {
            int j = i;
            while (j < limit && j - i <= 5 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j - i > 5 ? i : j;
        }

        int number(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n = n * 10 + Character.digit(text.charAt(i), 10);
            }
            return n;
        }

        /**
         * End of a word at i: letters and marks, with ZWNJ inside Persian words; one Han character is a word of
         * its own. At most 40 chars, so a 200,000-letter token costs no more than a short one.
         */
        int wordEnd(int i) {
            if (i < limit && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return i + 1;
            }
            int j = i;
            while (j < limit && j - i < 40) {
                char ch = text.charAt(j);
                int type = Character.getType(ch);
                boolean part = Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN
                        || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || ch == '\u200C' && j > i;
                if (!part) {
                    break;
                }
                j++;
            }
            return j;
        }
    }
}
