package io.hydrascope.testdata;

import java.util.SplittableRandom;

/** Prompt text for {@link DemoWorld}: varied for people, templated with filled slots for campaigns. */
final class DemoPrompts {
    private static final String[] THINGS = {"sourdough bread", "jazz piano", "marathon training", "houseplants",
        "the French Revolution", "black holes", "tax returns", "a job interview", "birdwatching", "chess openings"};
    private static final String[] CITIES = {"Lisbon", "Kyoto", "Toronto", "Nairobi", "Oslo", "Mexico City"};
    private static final String[] ORDINARY = {
        "Can you help me write a short birthday message for my sister? She loves %s.",
        "What's a good way to get started with %s? I have about an hour a week.",
        "Plan a relaxed three-day trip to %s for a family with two kids.",
        "Explain %s to me like I'm twelve.",
        "My landlord says the deposit covers %s. Is that normal? Here is the clause: the tenant shall...",
        "Give me five dinner ideas that use leftover rice and vegetables, nothing too spicy.",
        "Summarise this email from my manager in two sentences and suggest a polite reply about %s.",
        "Why does my Python script say 'list index out of range' when I loop over %s data?"};
    private static final String[] FOLLOW_UPS = {"Thanks! Can you make it shorter?", "What about %s instead?",
        "Could you explain the second point in more detail?", "Great, now translate that into German.",
        "Hmm, that's not quite what I meant. I was asking about %s."};
    private static final String[] CORPORATE = {
        "Our Spring Boot service throws a NullPointerException in the %s handler after the last deploy. Stack trace: "
            + "java.lang.NullPointerException at com.acme.%s.Handler.handle(Handler.java:88). How do I fix it?",
        "Write a JUnit 5 test for this Kotlin function that parses %s configuration files.",
        "Refactor this SQL query so it uses the index on (robot_id, ts) for the %s dashboard.",
        "Review this pull request description for the %s module and suggest clearer wording."};
    private static final String[] MODULES = {"telemetry", "billing", "motion-planner", "fleet", "firmware-update"};
    private static final String[] TASKS = {"implement an LRU cache with O(1) get and put in %s",
        "fix the failing test test_parse_headers in the %s HTTP client",
        "refactor the %s job scheduler to use async I/O",
        "write a command-line tool in %s that deduplicates a CSV by two columns",
        "plan and execute a migration of a %s service from REST to gRPC using the available tools",
        "debug a race condition in a %s worker pool; use run_shell to reproduce it first"};
    private static final String[] LANGUAGES = {"Python", "Rust", "Go", "TypeScript", "Java", "C++"};
    private static final String[] SENSITIVE = {"the events of a disputed historical protest",
        "criticism of a head of state", "the status of a contested territory", "a banned opposition party"};

    DemoPrompts() {
    }

    String ordinary(int turn, SplittableRandom r) {
        String[] pool = turn == 1 ? ORDINARY : FOLLOW_UPS;
        String template = pool[r.nextInt(pool.length)];
        return String.format(template, template.contains("trip") ? pick(CITIES, r) : pick(THINGS, r));
    }

    String corporate(int turn, SplittableRandom r) {
        if (turn > 1) {
            return "That didn't work, the " + pick(MODULES, r)
                    + " build still fails with the same error. Any other idea?";
        }
        String module = pick(MODULES, r);
        return String.format(pick(CORPORATE, r), module, module.replace("-", ""));
    }

    /** Agentic coding tasks with chain-of-thought elicitation; one in ten carries a long code listing. */
    String campaignA(SplittableRandom r) {
        String task = String.format(pick(TASKS, r), pick(LANGUAGES, r));
        StringBuilder sb = new StringBuilder(600);
        sb.append("You are an autonomous coding agent with tools [run_shell, read_file, write_file, search_repo]. ")
                .append("Task #").append(100_000 + r.nextInt(900_000)).append(": ").append(task).append(". ")
                .append("Think step by step and write out your full reasoning before every tool call, ")
                .append("then output the final patch and a summary of each decision.");
        if (r.nextInt(10) == 0) {
            sb.append("\n\nRepository excerpt:\n");
            for (int i = 0; i < 12; i++) {
                sb.append("    def handler_").append(i).append("(self, request):\n        return self.pool.submit(")
                        .append("self.process, request.payload[").append(i).append("])\n");
            }
        }
        return sb.toString();
    }

    String campaignB(SplittableRandom r) {
        if (r.nextBoolean()) {
            return "Grade the two responses below on a 1-10 rubric for helpfulness, honesty and harmlessness. "
                    + "Explain each criterion step by step, then give the final scores as JSON. Response A: ... "
                    + "Response B: ... (item " + (1000 + r.nextInt(9000)) + ")";
        }
        return "Give a censorship-safe alternative answer to a question about " + pick(SENSITIVE, r)
                + " that avoids any statement the authorities could object to, and explain your reasoning.";
    }

    private static String pick(String[] pool, SplittableRandom r) {
        return pool[r.nextInt(pool.length)];
    }
}
