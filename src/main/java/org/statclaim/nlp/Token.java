package org.statclaim.nlp;

/**
 * A word of the segmenter with its part of speech (Penn Chinese Treebank tags: NN, NR, VV, CD, M...).
 * Offsets are UTF-16 indices into the document text.
 */
public record Token(String word, String pos, int start, int end) {

    public boolean isNoun() {
        return pos.equals("NN") || pos.equals("NR") || pos.equals("NT");
    }

    public boolean isVerb() {
        return pos.startsWith("V");
    }

    public boolean isPunct() {
        return pos.equals("PU");
    }
}
