package io.wirestream.enrichment.clean;

import io.wirestream.enrichment.html.FurnitureVocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Removes page furniture that arrives as lines of a plain-text body, the same kinds the HTML
 * extractor drops by markup: "Read also: …" links, share and follow buttons, newsletter sign-ups,
 * "Advertisement" labels, cookie notices, copyright footers, comment counts and photo captions. Report
 * keys {@code furniture-related}, {@code furniture-share}, {@code furniture-newsletter},
 * {@code furniture-ad}, {@code furniture-cookie}, {@code furniture-copyright}, {@code furniture-comments},
 * {@code furniture-caption}: paragraphs removed.
 *
 * <p>Sharp edges, all on the side of keeping story text: a line is judged alone and only when it is
 * short; a "related" line needs its label to stand alone or end in a colon, dash or bar ("Read also the
 * report, which…" stays); after a bare label, up to {@value #MAX_RELATED_ITEMS} following lines are
 * taken as the list of links only while they are short and do not end like sentences; a caption
 * needs a label and a colon ("Photo: …"); newsletter lines need both a sign-up verb and a newsletter
 * noun. Only the first {@value #KEY_CHARS} chars of a line are read. The text of an embedded post is
 * content and is never judged, even when it reads like furniture (a tweet saying "Share on Facebook");
 * such a paragraph stays only while its embed is known, so cleaning the bare output text again without
 * its embeds would remove it ({@link TextCleaner#cleanAgain} keeps them).
 */
final class FurnitureLineStage implements CleaningStage {

    static final int KEY_CHARS = 300;
    private static final int MAX_RELATED_ITEMS = 6;
    private static final int MAX_LABEL_CHARS = 48;

    private static final PhraseSet RELATED = PhraseSet.of(FurnitureVocabulary.RELATED);

    // a line that is just "Ad"; too ambiguous for the vocabulary, where blocks are matched by their first words
    private static final PhraseSet AD = PhraseSet.of(
            Stream.concat(FurnitureVocabulary.AD.stream(), Stream.of("ad")).toList());

    /** Phrases that make a short line a share or follow button row. */
    private static final PhraseSet SHARE = PhraseSet.of(
            "share on",
            "share this",
            "share via",
            "share article",
            "share the article",
            "share story",
            "share this article",
            "share this story",
            "follow us",
            "follow us on",
            "partager sur",
            "partager cet article",
            "partagez cet article",
            "partager",
            "suivez nous",
            "suivez nous sur",
            "teilen auf",
            "artikel teilen",
            "diesen artikel teilen",
            "teilen",
            "folgen sie uns",
            "folge uns",
            "compartir en",
            "compartilhe",
            "compartilhar",
            "síguenos",
            "siga nos",
            "condividi",
            "شارك على",
            "شارك عبر",
            "شارك الخبر",
            "شارك المقال",
            "شارك",
            "مشاركة",
            "تابعونا",
            "تابعونا على",
            "تابعنا على",
            "поделиться",
            "поделиться в",
            "подписывайтесь на нас",
            "следите за нами",
            "присоединяйтесь к нам",
            "اشتراک گذاری",
            "به اشتراک بگذارید",
            "ما را دنبال کنید",
            "ما را در",
            "分享到",
            "分享至",
            "分享",
            "关注我们");

    /** "Read more" buttons lead on to the same story: the lines after one are not a list of links. */
    private static final PhraseSet CONTINUE_READING = PhraseSet.of(FurnitureVocabulary.CONTINUE_READING);

    private static final PhraseSet NETWORKS = PhraseSet.of(
            "facebook",
            "twitter",
            "whatsapp",
            "telegram",
            "linkedin",
            "pinterest",
            "reddit",
            "messenger",
            "instagram",
            "youtube",
            "tiktok",
            "vk",
            "вконтакте",
            "одноклассники",
            "телеграм",
            "viber",
            "weibo",
            "wechat",
            "微博",
            "微信",
            "فيسبوك",
            "تويتر",
            "واتساب",
            "تلغرام",
            "تلگرام",
            "توییتر",
            "اینستاگرام",
            "email",
            "e mail");

    /** Words a share row is made of besides network names: a line of nothing but these is buttons, not prose. */
    private static final PhraseSet SOCIAL_FILLERS = PhraseSet.of(
            "share",
            "tweet",
            "print",
            "copy link",
            "link",
            "pin",
            "mail",
            "on",
            "us",
            "via",
            "sur",
            "auf",
            "en",
            "в",
            "на",
            "and",
            "et",
            "und",
            "و",
            "и",
            "or");

    private static final PhraseSet SHARE_WORDS = PhraseSet.of("share", "tweet", "print", "link", "pin", "mail");

    private static final PhraseSet SIGNUP = PhraseSet.of(
            "sign up",
            "subscribe",
            "get our",
            "join our",
            "register for",
            "inscrivez vous",
            "abonnez vous",
            "recevez",
            "abonnieren sie",
            "melden sie sich",
            "bestellen sie",
            "newsletter abonnieren",
            "suscríbete",
            "suscribete",
            "assine",
            "inscreva se",
            "اشترك",
            "اشترك في",
            "سجل في",
            "подпишитесь",
            "подписывайтесь",
            "подписаться",
            "عضویت در",
            "مشترک",
            "订阅",
            "注册");

    private static final PhraseSet NEWSLETTER_NOUNS = PhraseSet.of(
            "newsletter",
            "newsletters",
            "bulletin",
            "briefing",
            "inbox",
            "email alerts",
            "lettre d information",
            "boletín",
            "рассылку",
            "рассылка",
            "рассылки",
            "новости на почту",
            "نشرة",
            "النشرة",
            "نشرتنا",
            "النشرة البريدية",
            "القائمة البريدية",
            "خبرنامه",
            "通讯",
            "邮件",
            "daily digest");

    private static final PhraseSet COOKIE_NOUNS =
            PhraseSet.of("cookie", "cookies", "куки", "کوکی", "ملفات تعريف الارتباط", "الكوكيز");

    private static final PhraseSet COOKIE_STARTS = PhraseSet.of(
            "we use cookies",
            "this website uses",
            "this site uses",
            "our site uses",
            "by continuing",
            "by using this",
            "accept cookies",
            "cookie settings",
            "cookie policy",
            "we and our partners",
            "nous utilisons des cookies",
            "ce site utilise",
            "en poursuivant",
            "wir verwenden cookies",
            "diese website verwendet",
            "diese webseite verwendet",
            "wir nutzen cookies",
            "utilizamos cookies",
            "este sitio utiliza",
            "мы используем",
            "этот сайт использует",
            "продолжая",
            "يستخدم هذا الموقع",
            "نستخدم ملفات",
            "باستخدامك",
            "این وب سایت از",
            "این سایت از",
            "ما از کوکی",
            "本网站使用",
            "我们使用");

    private static final PhraseSet COPYRIGHT_STARTS = PhraseSet.of("copyright", "all rights reserved");

    private static final PhraseSet COPYRIGHT = PhraseSet.of(FurnitureVocabulary.COPYRIGHT);

    private static final PhraseSet COMMENTS = PhraseSet.of(FurnitureVocabulary.COMMENTS);

    private static final PhraseSet CAPTION_LABELS = PhraseSet.of(
            "photo",
            "photos",
            "photograph",
            "picture",
            "image",
            "images",
            "photo credit",
            "photo credits",
            "image credit",
            "image source",
            "caption",
            "file photo",
            "crédit photo",
            "crédits photo",
            "légende",
            "illustration",
            "foto",
            "fotos",
            "bild",
            "bildquelle",
            "bildunterschrift",
            "titelbild",
            "фото",
            "фотография",
            "иллюстрация",
            "источник фото",
            "صورة",
            "الصورة",
            "صور",
            "مصدر الصورة",
            "عکس",
            "تصویر",
            "منبع عکس",
            "图",
            "图片",
            "图片来源",
            "摄影",
            "图为",
            "资料图");

    /** First words of every phrase above: a line starting with none of them is judged in one lookup. */
    private static final Set<String> FIRST_WORDS = firstWords(
            RELATED,
            AD,
            SHARE,
            NETWORKS,
            SOCIAL_FILLERS,
            SIGNUP,
            PhraseSet.of("newsletter"),
            COOKIE_STARTS,
            COPYRIGHT_STARTS,
            COMMENTS,
            CAPTION_LABELS);

    /** Lower-case fragments of the phrases that may occur anywhere in a line (copyright, cookie notices). */
    private static final List<String> ANYWHERE_HINTS = List.of(
            "reserv",
            "réserv",
            "vorbehalten",
            "محفوظ",
            "حقوق",
            "защищены",
            "saklı",
            "riservati",
            "版权",
            "权利",
            "cookie",
            "куки",
            "کوکی",
            "الكوكيز",
            "تعريف الارتباط");

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        Paragraphs paragraphs = Paragraphs.of(draft.text());
        int n = paragraphs.size();
        boolean[] remove = new boolean[n];
        boolean[] embedded = embedded(paragraphs, draft.embeds());
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (embedded[i]) {
                continue;
            }
            String kind = kind(paragraphs.head(i, KEY_CHARS + 1));
            if (kind == null) {
                continue;
            }
            remove[i] = true;
            counts.merge("furniture-" + kind, 1, Integer::sum);
            String line = paragraphs.head(i, KEY_CHARS + 1);
            if (kind.equals("related") && isBareLabel(line) && !CONTINUE_READING.contains(PhraseKey.of(line))) {
                for (int k = 0;
                        k < MAX_RELATED_ITEMS
                                && i + 1 < n
                                && !embedded[i + 1]
                                && isLinkLine(paragraphs.head(i + 1, KEY_CHARS + 1));
                        k++) {
                    i++;
                    remove[i] = true;
                    counts.merge("furniture-related", 1, Integer::sum);
                }
            }
        }
        return counts.isEmpty() ? draft : draft.apply(paragraphs.removals(remove), List.of(), counts);
    }

    /** Which paragraphs hold embedded posts: quoted content, never furniture ("Share the news!" as a tweet). */
    private static boolean[] embedded(Paragraphs paragraphs, List<Embed> embeds) {
        boolean[] out = new boolean[paragraphs.size()];
        int p = 0;
        for (Embed e : embeds) { // sorted by start
            while (p < paragraphs.size() && paragraphs.end(p) < e.start()) {
                p++;
            }
            for (int q = p; q < paragraphs.size() && paragraphs.start(q) < e.end(); q++) {
                out[q] |= paragraphs.end(q) > e.start();
            }
        }
        return out;
    }

    /** The furniture kind of a paragraph (at most {@value #KEY_CHARS} + 1 chars of it), or null for story text. */
    static String kind(String line) {
        int length = line.length();
        if (length > KEY_CHARS) {
            return null;
        }
        if (!mayBeFurniture(line)) {
            return null;
        }
        String key = PhraseKey.of(line);
        if (key.isEmpty()) {
            return null;
        }
        if (isRelated(line, key)) {
            return "related";
        }
        if (AD.contains(key)) {
            return "ad";
        }
        if (isShareRow(key, length)) {
            return "share";
        }
        if (SIGNUP.isPrefixOf(key) && NEWSLETTER_NOUNS.occursIn(key)
                || PhraseKey.startsWith(key, "newsletter") && length <= 120) {
            return "newsletter";
        }
        if (COOKIE_STARTS.isPrefixOf(key) && COOKIE_NOUNS.occursIn(key)
                || key.contains("accept") && COOKIE_NOUNS.occursIn(key)) {
            return "cookie";
        }
        if (length <= 200
                && (line.indexOf('©') >= 0 && (length <= 120 || line.strip().startsWith("©"))
                        || COPYRIGHT_STARTS.isPrefixOf(key)
                        || COPYRIGHT.occursIn(key))) {
            return "copyright";
        }
        if (length <= 40 && COMMENTS.contains(withoutNumbers(key))) {
            return "comments";
        }
        if (isCaption(line)) {
            return "caption";
        }
        return null;
    }

    private static Set<String> firstWords(PhraseSet... sets) {
        Set<String> out = new HashSet<>();
        for (PhraseSet set : sets) {
            set.addFirstWordsTo(out);
        }
        return Set.copyOf(out);
    }

    /**
     * A cheap filter in front of the phrase checks: the line's first word (after bullets and numbers) starts
     * some phrase, or the line holds a fragment of a phrase that may stand anywhere, or it is CJK (no spaces
     * to find a first word by). Story lines almost never pass, so a page of them costs a lookup per line.
     */
    private static boolean mayBeFurniture(String line) {
        int i = 0;
        int n = Math.min(line.length(), 64);
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(line.charAt(i))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                break;
            } else {
                i++;
            }
        }
        if (i < n && Character.UnicodeScript.of(line.charAt(i)) == Character.UnicodeScript.HAN) {
            return true;
        }
        int end = i;
        while (end < line.length() && end - i < 32) {
            char c = line.charAt(end);
            int type = Character.getType(c);
            if (!(Character.isLetter(c)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || c == '\u200C')) {
                break;
            }
            end++;
        }
        if (end > i && FIRST_WORDS.contains(PhraseKey.of(line.substring(i, end)))) {
            return true;
        }
        if (line.indexOf('©') >= 0) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String hint : ANYWHERE_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** "Read also: headline", "اقرأ أيضاً:", "Читайте также", "[Lire aussi] …", "相关阅读：…". */
    private static boolean isRelated(String line, String key) {
        if (line.length() <= MAX_LABEL_CHARS && RELATED.contains(key)) {
            return true;
        }
        String label = label(line);
        return label != null && RELATED.contains(PhraseKey.of(label));
    }

    private static boolean isBareLabel(String line) {
        return line.length() <= MAX_LABEL_CHARS && RELATED.contains(PhraseKey.of(line));
    }

    /**
     * The text before the first colon, bar, closing bracket or spaced dash within the first
     * {@value #MAX_LABEL_CHARS} chars, with leading bullets removed; null when there is none.
     */
    private static String label(String line) {
        int end = Math.min(line.length(), MAX_LABEL_CHARS);
        int from = 0;
        while (from < end && !Character.isLetterOrDigit(line.charAt(from))) {
            from++; // bullets: "» Related:", "[Lire aussi]", "► Mehr zum Thema:"
        }
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            boolean separator = c == ':'
                    || c == '：'
                    || c == '|'
                    || c == ']'
                    || c == '»'
                    || c == '>'
                    || (c == '-' || c == '–' || c == '—') && i > 0 && line.charAt(i - 1) == ' ';
            if (separator) {
                return i == from ? null : line.substring(from, i);
            }
        }
        return null;
    }

    /** A line after a bare "Related" label: a headline, short and not a sentence. */
    private static boolean isLinkLine(String line) {
        if (line.length() > 160 || kind(line) != null) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return !(last == '.'
                || last == '!'
                || last == '?'
                || last == '。'
                || last == '؟'
                || last == '!'
                || last == '…'
                || last == '"'
                || last == '»'
                || last == '”');
    }

    private static boolean isShareRow(String key, int length) {
        if (length > 100) {
            return false;
        }
        String[] tokens = key.split(" ");
        boolean allSocial = true;
        boolean network = false;
        boolean button = false;
        for (String t : tokens) {
            network |= NETWORKS.contains(t);
            button |= SHARE_WORDS.contains(t);
            allSocial &= NETWORKS.contains(t) || SOCIAL_FILLERS.contains(t);
        }
        if (allSocial && (network || button) && (tokens.length >= 2 || key.equals("share") || key.equals("tweet"))) {
            return true;
        }
        return tokens.length <= 8 && (SHARE.contains(key) || network && SHARE.isPrefixOf(key));
    }

    /** "Photo: …", "Image credit: …", "(Photo: AFP)", "Фото: …", "الصورة: …", "عکس: …", "图片来源：…". */
    private static boolean isCaption(String line) {
        String body = line.strip();
        if (body.startsWith("(") && body.endsWith(")") || body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1).strip();
        }
        int colon = -1;
        for (int i = 0; i < Math.min(body.length(), 32); i++) {
            char c = body.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
        }
        if (colon <= 0 || colon == body.length() - 1) {
            return false;
        }
        return CAPTION_LABELS.contains(PhraseKey.of(body.substring(0, colon)));
    }

    private static String withoutNumbers(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (String t : key.split(" ")) {
            if (!t.isEmpty() && !t.chars().allMatch(Character::isDigit)) {
                out.append(out.length() == 0 ? "" : " ").append(t);
            }
        }
        return out.toString();
    }
}
