package nnlab.plot;

/** The argument check the recipes share: a missing argument is named, with an example of one. */
final class Require {

    private Require() {}

    /** Throws unless {@code value} is given. */
    static <T> T given(String name, T value, String example) {
        if (value == null) {
            throw new IllegalArgumentException("Give " + name + ", e.g. " + example + ". Received: " + name + "=null");
        }
        return value;
    }

    /** Throws unless the net and the data set are both given. */
    static void netAndData(Object net, Object data) {
        given("net", net, "a trained Net");
        given("data", data, "the Dataset to draw, such as the validation set");
    }
}
