package com.pinfleet.pinterest.sim;

import java.util.List;

/**
 * The pins "out there" on the simulated Pinterest: any pin id names a pin, with a title and description
 * drawn from the id and the seed, except a configurable share of ids whose pins no longer exist.
 */
final class PinCatalog {

    private static final List<String> SUBJECTS = List.of("lemon chicken", "garlic noodles", "sourdough bread",
            "banana bread", "meal prep bowls", "healthy snacks", "weeknight dinners", "chocolate cake",
            "living room", "small space", "kitchen makeover", "boho bedroom", "herb garden", "tomato plants",
            "succulents", "hiking trails", "road trip", "city maps", "wedding invitations", "paper crafts",
            "knitting patterns", "planner spreads", "baking basics", "easy recipes", "cozy reading nook");
    private static final List<String> ANGLES = List.of("ideas", "for beginners", "in 15 minutes", "on a budget",
            "you will love", "made simple", "for the weekend", "that actually work");

    private final long seed;
    private final double missingShare;

    PinCatalog(long seed, double missingShare) {
        this.seed = seed;
        this.missingShare = missingShare;
    }

    boolean exists(String pinId) {
        return Math.floorMod(mix(pinId, 1), 10_000) >= Math.round(missingShare * 10_000);
    }

    String title(String pinId) {
        String subject = SUBJECTS.get((int) Math.floorMod(mix(pinId, 2), SUBJECTS.size()));
        String angle = ANGLES.get((int) Math.floorMod(mix(pinId, 3), ANGLES.size()));
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + angle;
    }

    String description(String pinId) {
        return "Everything about " + SUBJECTS.get((int) Math.floorMod(mix(pinId, 2), SUBJECTS.size()))
                + ". Save it for later!";
    }

    /** A well-spread hash of the id, the seed and a salt (SplitMix64's finaliser). */
    private long mix(String pinId, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        for (int i = 0; i < pinId.length(); i++) {
            z = (z ^ pinId.charAt(i)) * 0xBF58476D1CE4E5B9L;
        }
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
