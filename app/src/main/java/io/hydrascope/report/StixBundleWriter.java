package io.hydrascope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A STIX 2.1 bundle of the report: the producing team's identity, a campaign per flagged cluster, one indicator per
 * shareable value with "indicates" relationships to the campaigns it belongs to, user-account observables for the
 * accounts, and a report object referencing all of them.
 *
 * <p>Ids are name-based UUIDs of stable content (the value of an indicator, the accounts of a campaign), so
 * re-running a report gives the same ids. {@code created} is when the evidence behind an object begins and
 * {@code modified} when the analysis finished, so both stay fixed for the same case and analysis.
 */
public final class StixBundleWriter implements ReportWriter {
    /** Namespace of Hydrascope's object ids. */
    static final UUID NAMESPACE = UUID.fromString("6f0c5f53-3d0e-4d8e-9a57-3b1f3d6e2a41");
    /** The namespace STIX 2.1 prescribes for deterministic observable ids. */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        json.writeValue(out, bundle(model, cancel));
    }

    ObjectNode bundle(ReportModel model, CancellationToken cancel) {
        Instant analysed = model.facts().analysedAt();
        Instant caseStart = model.facts().firstSeen() == null ? analysed : model.facts().firstSeen();
        List<ObjectNode> objects = new ArrayList<>();
        ObjectNode identity = sdo("identity", "identity|" + model.team(), caseStart, analysed, null);
        identity.put("name", model.team());
        identity.put("identity_class", "organization");
        identity.put("description", "Produced with " + model.generator());
        objects.add(identity);
        String creator = identity.get("id").asText();

        Map<Long, String> campaigns = new LinkedHashMap<>();
        for (ClusterSection s : model.sections()) {
            if (s.cluster().flagged() && !campaigns.containsKey(s.cluster().id())) {
                ObjectNode campaign = campaign(s, creator, analysed);
                campaigns.put(s.cluster().id(), campaign.get("id").asText());
                objects.add(campaign);
            }
        }
        List<ObjectNode> relationships = new ArrayList<>();
        List<ObjectNode> observables = new ArrayList<>();
        for (Merged m : merge(model.indicators())) {
            cancel.throwIfCancelled();
            String pattern = StixPatterns.of(m.first);
            if (pattern == null) {
                continue;
            }
            ObjectNode indicator = indicator(m, pattern, creator, analysed, model.facts().caseName());
            objects.add(indicator);
            for (Long cluster : m.clusters) {
                String campaign = campaigns.get(cluster);
                if (campaign != null) {
                    relationships.add(relationship(indicator, campaign, creator, m.firstSeen, analysed));
                }
            }
            if (m.first.type() == IndicatorType.ACCOUNT) {
                observables.add(userAccount(m.first.value()));
            }
        }
        objects.addAll(observables);
        objects.addAll(relationships);
        ObjectNode report = report(model, objects, creator, caseStart, analysed);
        ObjectNode bundle = json.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + Uuid5.of(NAMESPACE, "bundle|" + report.get("id").asText()));
        ArrayNode all = bundle.putArray("objects");
        all.add(report);
        objects.forEach(all::add);
        return bundle;
    }

    private ObjectNode campaign(ClusterSection s, String creator, Instant analysed) {
        ClusterResult c = s.cluster();
        String members = s.indicators().stream().filter(i -> i.type() == IndicatorType.ACCOUNT)
                .map(Indicator::value).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining("\n"));
        Instant first = Micros.instant(c.firstTimestampMicros());
        Instant last = Micros.instant(c.lastTimestampMicros());
        ObjectNode campaign = sdo("campaign", "campaign|" + (members.isEmpty() ? "cluster " + c.id() + "|" + analysed
                : members), first == null ? analysed : first, analysed, creator);
        campaign.put("name", "Distillation campaign: " + io.hydrascope.model.NetworkName.of(c.id()));
        String topics = s.topics().stream().filter(t -> !"general".equals(t.topic())).limit(4)
                .map(t -> t.topic() + " " + ReportFormats.percent(t.share())).collect(Collectors.joining(", "));
        campaign.put("description", String.format(Locale.ROOT, "Network %d of the case: %,d accounts, %,d "
                + "interactions, risk %.2f. Evidence: %s.", c.id(), c.accounts(), c.interactions(), c.risk(),
                c.headline()));
        if (first != null) {
            campaign.put("first_seen", STIX_TIME.format(first));
        }
        if (last != null) {
            campaign.put("last_seen", STIX_TIME.format(last));
        }
        campaign.put("objective", "Harvest model outputs to train another model (distillation)"
                + (topics.isEmpty() ? "" : "; targeted capabilities: " + topics));
        campaign.put("confidence", (int) Math.round(100 * c.risk()));
        return campaign;
    }

    private ObjectNode indicator(Merged m, String pattern, String creator, Instant analysed, String caseName) {
        Indicator i = m.first;
        ObjectNode node = sdo("indicator", "indicator|" + i.type().label() + "|" + i.value(), m.firstSeen,
                analysed, creator);
        node.put("name", i.type().label() + " " + i.value());
        node.put("description", "Seen in " + caseName + ", network" + (m.clusters.size() == 1 ? " " : "s ")
                + m.clusters.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ": " + i.basis());
        node.putArray("indicator_types").add(m.confidence >= 50 ? "malicious-activity" : "anomalous-activity");
        node.put("pattern", pattern);
        node.put("pattern_type", "stix");
        node.put("pattern_version", "2.1");
        node.put("valid_from", STIX_TIME.format(m.firstSeen));
        node.put("confidence", m.confidence);
        node.putArray("labels").add("distillation").add(i.type().label());
        return node;
    }

    private ObjectNode relationship(ObjectNode source, String target, String creator, Instant created,
                                    Instant analysed) {
        ObjectNode rel = sdo("relationship", "relationship|indicates|" + source.get("id").asText() + "|" + target,
                created, analysed, creator);
        rel.put("relationship_type", "indicates");
        rel.put("source_ref", source.get("id").asText());
        rel.put("target_ref", target);
        return rel;
    }

    private ObjectNode userAccount(String login) {
        ObjectNode contributing = json.createObjectNode();
        contributing.put("account_login", login);
        ObjectNode node = json.createObjectNode();
        node.put("type", "user-account");
        node.put("spec_version", "2.1");
        node.put("id", "user-account--" + Uuid5.of(SCO_NAMESPACE, contributing.toString()));
        node.put("account_login", login);
        return node;
    }

    private ObjectNode report(ReportModel model, List<ObjectNode> objects, String creator, Instant created,
                              Instant analysed) {
        TreeSet<String> refs = new TreeSet<>();
        objects.forEach(o -> refs.add(o.get("id").asText()));
        ObjectNode report = sdo("report", "report|" + model.scope().describe() + "|" + String.join(",", refs),
                created, analysed, creator);
        report.put("name", model.title());
        report.put("description", String.join(" ", model.summary()));
        report.putArray("report_types").add("threat-report").add("campaign").add("indicator");
        report.put("published", STIX_TIME.format(analysed));
        ArrayNode list = report.putArray("object_refs");
        objects.forEach(o -> list.add(o.get("id").asText()));
        return report;
    }

    /** A domain object with the common properties; {@code modified} is never before {@code created}. */
    private ObjectNode sdo(String type, String name, Instant created, Instant modified, String creator) {
        ObjectNode node = json.createObjectNode();
        node.put("type", type);
        node.put("spec_version", "2.1");
        node.put("id", type + "--" + Uuid5.of(NAMESPACE, name));
        node.put("created", STIX_TIME.format(created));
        node.put("modified", STIX_TIME.format(modified.isBefore(created) ? created : modified));
        if (creator != null) {
            node.put("created_by_ref", creator);
        }
        return node;
    }

    /** One indicator value across the clusters it was seen in. */
    private static final class Merged {
        final Indicator first;
        final TreeSet<Long> clusters = new TreeSet<>();
        Instant firstSeen;
        int confidence;

        Merged(Indicator first) {
            this.first = first;
            this.firstSeen = first.firstSeen();
        }
    }

    private static List<Merged> merge(List<Indicator> indicators) {
        Map<String, Merged> byValue = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            Merged m = byValue.computeIfAbsent(i.type().label() + "|" + i.value(), k -> new Merged(i));
            m.clusters.add(i.clusterId());
            m.confidence = Math.max(m.confidence, i.confidence());
            if (i.firstSeen() != null && (m.firstSeen == null || i.firstSeen().isBefore(m.firstSeen))) {
                m.firstSeen = i.firstSeen();
            }
        }
        byValue.values().removeIf(m -> m.firstSeen == null);
        return new ArrayList<>(byValue.values());
    }
}
