package io.hydrascope.scenario.recipe;

import java.util.List;
import java.util.Map;

/**
 * One distillation campaign. Absent fields take the defaults of its {@code archetype} (see {@link Archetypes}).
 *
 * @param archetype {@code reasoning-alignment}, {@code agentic-multimodal}, {@code agentic-coding},
 *     {@code low-and-slow} or {@code content-only}
 * @param share relative weight of this campaign in the scenario's interactions
 * @param scaleAccounts whether {@code accounts} grows with the requested number of interactions
 * @param volumeSkew log-normal sigma of per-account volume (0: all accounts equally busy)
 * @param capabilities weights of the prompt pools the campaign draws from
 * @param cotShare fraction of prompts that ask for step-by-step reasoning
 * @param cover ordinary prompts mixed in ({@code content-only} only; absent for the others)
 * @param userAgentNoise fraction of accounts using an ordinary client instead of the campaign's user agents
 * @param timing when requests are sent (absent for {@code content-only}, whose accounts keep their owners' hours)
 */
public record CampaignSpec(
        String id,
        String archetype,
        String description,
        Integer accounts,
        Double share,
        Boolean scaleAccounts,
        Double volumeSkew,
        Map<String, Double> capabilities,
        Double cotShare,
        CoverSpec cover,
        NetworkSpec network,
        PaymentSpec payment,
        EmailSpec email,
        CreationSpec creation,
        List<String> userAgents,
        Double userAgentNoise,
        TimingSpec timing,
        ConversationSpec conversation,
        ModelSwitchSpec modelSwitch,
        Double errorRate,
        Double rateLimitedRate) {

    /** This spec with every absent field (and every absent nested field) taken from {@code d}. */
    public CampaignSpec orDefaults(CampaignSpec d) {
        return new CampaignSpec(id, archetype, Defaults.or(description, d.description),
                Defaults.or(accounts, d.accounts), Defaults.or(share, d.share),
                Defaults.or(scaleAccounts, d.scaleAccounts), Defaults.or(volumeSkew, d.volumeSkew),
                Defaults.orMap(capabilities, d.capabilities), Defaults.or(cotShare, d.cotShare),
                cover == null ? d.cover : cover.orDefaults(d.cover),
                network == null ? d.network : network.orDefaults(d.network),
                payment == null ? d.payment : payment.orDefaults(d.payment),
                email == null ? d.email : email.orDefaults(d.email),
                creation == null ? d.creation : creation.orDefaults(d.creation),
                Defaults.orList(userAgents, d.userAgents), Defaults.or(userAgentNoise, d.userAgentNoise),
                timing == null ? d.timing : timing.orDefaults(d.timing),
                conversation == null ? d.conversation : conversation.orDefaults(d.conversation),
                modelSwitch == null ? d.modelSwitch : modelSwitch.orDefaults(d.modelSwitch),
                Defaults.or(errorRate, d.errorRate), Defaults.or(rateLimitedRate, d.rateLimitedRate));
    }

    /** This spec with another account count. */
    public CampaignSpec withAccounts(int count) {
        return new CampaignSpec(id, archetype, description, count, share, scaleAccounts, volumeSkew, capabilities,
                cotShare, cover, network, payment, email, creation, userAgents, userAgentNoise, timing, conversation,
                modelSwitch, errorRate, rateLimitedRate);
    }
}
