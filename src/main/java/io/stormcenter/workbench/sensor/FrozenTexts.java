package io.stormcenter.workbench.sensor;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A few fields' texts as an immutable map, in the order they were read: a Tetragon argument's
 * fields, a pod's labels. It keeps the arrays it is given, where {@code Map.of} hashes every key
 * into a table of its own: for the two or three such maps of every event, that was a tenth of
 * reading it. A look-up scans the handful of names, which is as fast.
 */
final class FrozenTexts extends AbstractMap<String, String> {

    private final String[] names;
    private final String[] texts;

    /** @param names distinct names, none null; {@code texts} their texts, none null, in the same order */
    FrozenTexts(String[] names, String[] texts) {
        this.names = names;
        this.texts = texts;
    }

    /** The map itself when it is frozen already, else an immutable copy of it. */
    static Map<String, String> immutable(Map<String, String> map) {
        return map instanceof FrozenTexts ? map : Map.copyOf(map == null ? Map.of() : map);
    }

    @Override
    public String get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : texts[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    private int indexOf(Object name) {
        for (int at = 0; at < names.length; at++) {
            if (names[at].equals(name)) {
                return at;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], texts[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
