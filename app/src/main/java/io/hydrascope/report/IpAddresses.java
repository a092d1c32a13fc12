package io.hydrascope.report;

import java.util.regex.Pattern;

/**
 * Strict recognition of IP address text from logs, without any name lookup. Only values that pass become network
 * indicators: a log field is attacker-controlled and must not reach a STIX pattern or a block list unchecked.
 */
final class IpAddresses {
    private static final Pattern V4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpAddresses() {
    }

    static boolean isV4(String s) {
        return s != null && V4.matcher(s).matches();
    }

    static boolean isV6(String s) {
        if (s == null || s.length() > 45 || s.indexOf(':') < 0) {
            return false;
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String[] halves = gap >= 0 ? new String[] {s.substring(0, gap), s.substring(gap + 2)} : new String[] {s};
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean lastOfAll = h == halves.length - 1 && i == parts.length - 1;
                if (lastOfAll && isV4(parts[i])) {
                    groups += 2;
                } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return gap >= 0 ? groups < 8 : groups == 8;
    }

    /** The /24 of an IPv4 or the /48 of an IPv6 address, as the analysis groups them; null for anything else. */
    static String subnetOf(String ip) {
        if (isV4(ip)) {
            return ip.substring(0, ip.lastIndexOf('.')) + ".0/24";
        }
        if (isV6(ip)) {
            String[] parts = ip.split(":", -1);
            if (parts.length >= 4 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                return parts[0] + ":" + parts[1] + ":" + parts[2] + "::/48";
            }
        }
        return null;
    }

    /** The text every address of {@code subnet} starts with, as the analysis writes addresses. */
    static String prefixOf(String subnet) {
        return subnet.endsWith(".0/24") ? subnet.substring(0, subnet.length() - 4)
                : subnet.substring(0, subnet.length() - 5) + ":";
    }
}
