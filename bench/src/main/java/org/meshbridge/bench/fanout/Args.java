package org.meshbridge.bench.fanout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs of a benchmark main; an unknown name stops it with a usage line. */
final class Args {

    private Args() {
    }

    static Map<String, String> parse(String[] args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "; known: "
                        + String.join(" ", known));
            }
            values.put(args[i], args[i + 1]);
        }
        return values;
    }
}
