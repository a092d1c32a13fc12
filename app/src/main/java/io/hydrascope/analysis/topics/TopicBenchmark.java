package io.hydrascope.analysis.topics;

import io.hydrascope.model.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Measures classification throughput on one thread, for the command line's {@code bench} and for tuning. Not a test:
 * timing depends on the machine.
 */
public final class TopicBenchmark {
    private static final String[] OPENERS = {
        "Hi! ", "Please help me. ", "Quick question: ", "", "I'm stuck. ", "Hello assistant, ",
    };
    private static final String[] TASKS = {
        "Write a Python function that parses a CSV file and returns the rows as dictionaries, skipping blank lines.",
        "A farmer has 17 sheep and buys 3 times as many goats. How many animals does he have in total?",
        "You have access to the following tools: {\"name\": \"get_weather\", \"parameters\": {\"type\": \"object\", "
                + "\"properties\": {\"city\": {\"type\": \"string\"}}}}. What's the weather in Lyon?",
        "Break the task into subtasks and have the planner agent delegate them to worker agents.",
        "Using pandas, compute the median order value per region and plot a bar chart of the result.",
        "Take a screenshot, then click on the Submit button at the bottom right of the screen.",
        "Describe what is in this image and read the text on the sign.",
        "Grade this response on a 1-10 scale according to the rubric below.",
        "Write a short poem about the autumn leaves falling in the park near my house.",
        "What is the function of the liver, and how does it help digestion?",
        "Can you recommend a good restaurant for a family dinner in Lisbon this weekend?",
    };
    private static final String[] CLOSERS = {
        " Let's think step by step.", " Keep it short.", " Thanks a lot for your help with this.",
        " Explain your reasoning before answering.", "", " Please answer in English.",
    };

    private TopicBenchmark() {
    }

    /** Throughput of one run. */
    public record Result(long prompts, long characters, long nanos) {
        public double promptsPerSecond() {
            return nanos == 0 ? 0 : prompts * 1e9 / nanos;
        }

        public double averageChars() {
            return prompts == 0 ? 0 : characters / (double) prompts;
        }
    }

    /**
     * Classifies the prompts over and over on the calling thread: first for {@code warmUpRounds} untimed rounds so
     * the JIT settles, then for {@code rounds} timed ones.
     */
    public static Result run(TopicClassifier classifier, List<? extends CharSequence> prompts, int warmUpRounds,
            int rounds, CancellationToken cancel) {
        long sink = 0;
        for (int r = 0; r < warmUpRounds; r++) {
            cancel.throwIfCancelled();
            sink += classifyAll(classifier, prompts);
        }
        long chars = 0;
        for (CharSequence p : prompts) {
            chars += p.length();
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            cancel.throwIfCancelled();
            sink += classifyAll(classifier, prompts);
        }
        long nanos = System.nanoTime() - start;
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable; keeps the results alive");
        }
        return new Result((long) prompts.size() * rounds, chars * rounds, nanos);
    }

    /** Varied prompts of about 300 characters mixing all topics, reproducible by seed. */
    public static List<String> syntheticPrompts(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.setLength(0);
            sb.append(OPENERS[random.nextInt(OPENERS.length)]);
            while (sb.length() < 240) {
                sb.append(TASKS[random.nextInt(TASKS.length)]).append(' ');
            }
            sb.append("Ticket ").append(random.nextInt(100_000)).append('.');
            sb.append(CLOSERS[random.nextInt(CLOSERS.length)]);
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Prompts of very different lengths, as real traffic has: a third short questions (about 60 characters), a third
     * of about 300, a third long pastes of 1,000 to 8,000 characters. Reproducible by seed.
     */
    public static List<String> mixedLengthPrompts(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int target = switch (i % 3) {
                case 0 -> 60;
                case 1 -> 300;
                default -> 1_000 + random.nextInt(7_000);
            };
            sb.setLength(0);
            while (sb.length() < target) {
                sb.append(TASKS[random.nextInt(TASKS.length)]).append(i % 3 == 2 ? '\n' : ' ');
            }
            sb.setLength(target);
            out.add(sb.toString());
        }
        return out;
    }

    private static long classifyAll(TopicClassifier classifier, List<? extends CharSequence> prompts) {
        long sum = 0;
        for (CharSequence p : prompts) {
            Classification c = classifier.classify(p);
            sum += c.topic().id().length() + (c.chainOfThought() ? 1 : 0);
        }
        return sum;
    }
}
