package io.hydrascope.scenario.infra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hands out plausible addresses by network type: residential by region, mobile-carrier exits (shared by many
 * subscribers, as carrier-grade NAT is), datacenter, university and corporate /24 subnets, and IPv6. Home addresses
 * and subnets are never handed out twice, so two unrelated accounts only share an address where the scenario means
 * them to. The ranges are typical of each network type; no address refers to a real actor.
 */
public final class IpSpace {
    private static final Map<String, String[]> RESIDENTIAL = new LinkedHashMap<>();
    private static final Map<String, String[]> RESIDENTIAL_V6 = new LinkedHashMap<>();
    private static final String[] MOBILE = {"172.56.0.0/13", "174.192.0.0/10", "37.160.0.0/12", "176.0.0.0/12",
        "39.32.0.0/11", "223.24.0.0/13"};
    private static final String[] DATACENTER = {"3.80.0.0/12", "18.184.0.0/13", "34.64.0.0/10", "35.184.0.0/13",
        "52.0.0.0/11", "54.144.0.0/12", "138.68.0.0/16", "159.89.0.0/16", "165.22.0.0/16", "45.76.0.0/15",
        "95.216.0.0/15", "135.181.0.0/16", "51.15.0.0/16", "47.74.0.0/15", "8.208.0.0/12", "43.128.0.0/10",
        "103.150.0.0/15", "194.87.0.0/16"};
    private static final String[] DATACENTER_V6 = {"2600:1f18", "2a05:d014", "2a01:4f8", "2604:a880", "2406:da18"};
    private static final String[] UNIVERSITY = {"128.32.0.0/16", "129.97.0.0/16", "130.237.0.0/16",
        "131.111.0.0/16", "141.20.0.0/16", "171.64.0.0/14", "155.198.0.0/16", "134.225.0.0/16"};
    private static final String[] CORPORATE = {"62.96.0.0/13", "195.145.0.0/16", "212.227.0.0/16",
        "194.25.0.0/16", "63.64.0.0/10", "12.128.0.0/9"};

    static {
        RESIDENTIAL.put("na", new String[] {"73.0.0.0/8", "24.0.0.0/8", "98.0.0.0/9", "71.0.0.0/9", "76.0.0.0/9",
            "99.224.0.0/11", "142.112.0.0/12"});
        RESIDENTIAL.put("eu", new String[] {"86.128.0.0/10", "81.0.0.0/10", "90.0.0.0/9", "2.0.0.0/10",
            "91.160.0.0/11", "79.192.0.0/10", "84.128.0.0/10", "93.192.0.0/10", "188.96.0.0/11", "83.0.0.0/11"});
        RESIDENTIAL.put("latam", new String[] {"187.0.0.0/10", "177.0.0.0/10", "189.128.0.0/10", "181.0.0.0/10"});
        RESIDENTIAL.put("asia", new String[] {"110.0.0.0/10", "49.128.0.0/10", "125.0.0.0/10", "1.64.0.0/10",
            "58.0.0.0/10", "114.0.0.0/10", "118.0.0.0/10", "36.0.0.0/10", "101.0.0.0/10", "121.128.0.0/10"});
        RESIDENTIAL.put("mena", new String[] {"78.160.0.0/11", "88.224.0.0/11", "41.32.0.0/11", "156.192.0.0/11"});
        RESIDENTIAL.put("africa", new String[] {"41.64.0.0/10", "105.0.0.0/10", "102.64.0.0/10", "197.128.0.0/10"});
        RESIDENTIAL.put("oceania", new String[] {"1.120.0.0/13", "101.160.0.0/11", "120.144.0.0/12"});
        RESIDENTIAL_V6.put("na", new String[] {"2600:1700", "2601:0c4", "2607:fea8"});
        RESIDENTIAL_V6.put("eu", new String[] {"2a01:cb00", "2003:00e1", "2a02:8108", "2a00:23c5", "2a02:a440"});
        RESIDENTIAL_V6.put("latam", new String[] {"2804:0d4b", "2806:10ae"});
        RESIDENTIAL_V6.put("asia", new String[] {"2409:8a00", "240b:0010", "2405:0201", "2001:0ee0"});
        RESIDENTIAL_V6.put("mena", new String[] {"2a02:ff0"});
        RESIDENTIAL_V6.put("africa", new String[] {"2c0f:f4c0"});
        RESIDENTIAL_V6.put("oceania", new String[] {"2001:8003"});
    }

    private final SplittableRandom rng;
    private final Set<Integer> taken = new HashSet<>();
    private final Set<Integer> takenSubnets = new HashSet<>();
    private final Map<String, List<String>> carrierExits = new LinkedHashMap<>();

    public IpSpace(SplittableRandom rng) {
        this.rng = rng;
    }

    /** A home address in the region, never handed out before; IPv6 with probability {@code ipv6Share}. */
    public String residential(String region, double ipv6Share) {
        if (Rand.chance(rng, ipv6Share)) {
            return v6(Rand.pick(rng, RESIDENTIAL_V6.getOrDefault(region, RESIDENTIAL_V6.get("eu"))), 6);
        }
        return v4(uniqueAddress(RESIDENTIAL.getOrDefault(region, RESIDENTIAL.get("eu"))));
    }

    /** One of a few dozen carrier exits of the region: many subscribers appear behind each. */
    public String mobileExit(String region) {
        List<String> exits = carrierExits.computeIfAbsent(region, r -> {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                list.add(v4(uniqueAddress(MOBILE)));
            }
            return list;
        });
        return Rand.pick(rng, exits);
    }

    /** A fresh datacenter /24, as the base address. */
    public int datacenterSubnet() {
        return uniqueSubnet(DATACENTER);
    }

    public int universitySubnet() {
        return uniqueSubnet(UNIVERSITY);
    }

    public int corporateSubnet() {
        return uniqueSubnet(CORPORATE);
    }

    /** A host of a /24 (1-254) as dotted text. */
    public static String host(int subnet, int host) {
        return v4(subnet + Math.floorMod(host - 1, 254) + 1);
    }

    /** A datacenter IPv6 /64 prefix (four groups). */
    public String datacenterV6Prefix() {
        return Rand.pick(rng, DATACENTER_V6) + ":" + group() + ":" + group();
    }

    /** An address in an IPv6 /64 prefix of four groups. */
    public String v6Host(String prefix64) {
        return prefix64 + ":" + group() + ":" + group() + ":" + group() + ":" + group();
    }

    private String v6(String prefix32, int randomGroups) {
        StringBuilder sb = new StringBuilder(prefix32);
        for (int i = 0; i < randomGroups; i++) {
            sb.append(':').append(group());
        }
        return sb.toString();
    }

    private String group() {
        return Integer.toHexString(rng.nextInt(0x10000));
    }

    private int uniqueAddress(String[] cidrs) {
        for (int attempt = 0; ; attempt++) {
            int address = inCidr(Rand.pick(rng, cidrs));
            int last = address & 0xff;
            if (last != 0 && last != 255 && (taken.add(address) || attempt > 50)) {
                return address;
            }
        }
    }

    private int uniqueSubnet(String[] cidrs) {
        for (int attempt = 0; ; attempt++) {
            int subnet = inCidr(Rand.pick(rng, cidrs)) & 0xffffff00;
            if (takenSubnets.add(subnet) || attempt > 50) {
                return subnet;
            }
        }
    }

    private int inCidr(String cidr) {
        int slash = cidr.indexOf('/');
        int base = parse(cidr.substring(0, slash));
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        int hostBits = 32 - bits;
        int offset = hostBits >= 31 ? rng.nextInt() >>> 1 : rng.nextInt(1 << hostBits);
        return base + offset;
    }

    private static int parse(String dotted) {
        String[] parts = dotted.split("\\.");
        int value = 0;
        for (String part : parts) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    static String v4(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
