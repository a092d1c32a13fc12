package io.hydrascope.scenario.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The countries a scenario may place accounts in, with the facts the generator needs about each. */
public final class Countries {

    /**
     * @param utcOffsetMinutes standard-time offset (daylight saving is ignored: the rhythm shifts by an hour at most)
     * @param region residential address region, see {@link IpSpace}
     * @param language ISO 639-1 code of the language most users there write in
     * @param localMail free-mail domains popular there besides the global ones
     */
    public record Country(String code, int utcOffsetMinutes, String region, String language, List<String> localMail) {
    }

    private static final Map<String, Country> BY_CODE = new LinkedHashMap<>();

    static {
        add("US", -300, "na", "en", "att.net", "comcast.net");
        add("CA", -300, "na", "en", "shaw.ca", "rogers.com");
        add("MX", -360, "latam", "es", "prodigy.net.mx");
        add("BR", -180, "latam", "pt", "uol.com.br", "bol.com.br");
        add("AR", -180, "latam", "es", "fibertel.com.ar");
        add("GB", 0, "eu", "en", "btinternet.com", "sky.com");
        add("IE", 0, "eu", "en", "eircom.net");
        add("DE", 60, "eu", "de", "gmx.de", "web.de", "t-online.de");
        add("FR", 60, "eu", "fr", "orange.fr", "free.fr", "laposte.net");
        add("ES", 60, "eu", "es", "telefonica.net");
        add("IT", 60, "eu", "it", "libero.it", "virgilio.it");
        add("NL", 60, "eu", "nl", "ziggo.nl", "kpnmail.nl");
        add("PL", 60, "eu", "pl", "wp.pl", "onet.pl");
        add("SE", 60, "eu", "en", "telia.com");
        add("UA", 120, "eu", "uk", "ukr.net");
        add("TR", 180, "mena", "tr", "hotmail.com.tr");
        add("EG", 120, "mena", "ar", "yahoo.com");
        add("NG", 60, "africa", "en", "yahoo.com");
        add("ZA", 120, "africa", "en", "webmail.co.za");
        add("IN", 330, "asia", "en", "rediffmail.com");
        add("ID", 420, "asia", "id", "yahoo.co.id");
        add("VN", 420, "asia", "vi", "yahoo.com.vn");
        add("PH", 480, "asia", "en", "yahoo.com.ph");
        add("SG", 480, "asia", "en", "singnet.com.sg");
        add("CN", 480, "asia", "zh", "qq.com", "163.com");
        add("TW", 480, "asia", "zh", "yahoo.com.tw");
        add("HK", 480, "asia", "zh", "netvigator.com");
        add("KR", 540, "asia", "ko", "naver.com", "daum.net");
        add("JP", 540, "asia", "ja", "yahoo.co.jp", "docomo.ne.jp");
        add("AU", 600, "oceania", "en", "bigpond.com");
    }

    private Countries() {
    }

    private static void add(String code, int offset, String region, String language, String... mail) {
        BY_CODE.put(code, new Country(code, offset, region, language, List.of(mail)));
    }

    /** Known ISO 3166 codes, in a fixed order. */
    public static List<String> codes() {
        return new ArrayList<>(BY_CODE.keySet());
    }

    public static Country get(String code) {
        Country c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown country " + code);
        }
        return c;
    }
}
