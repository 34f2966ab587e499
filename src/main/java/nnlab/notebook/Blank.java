package nnlab.notebook;

/**
 * An empty block of {@code height} pixels: what a live chart's output shows for an instant
 * between two figures (see {@link LiveTraining}), so the page does not jump.
 */
public record Blank(int height) {}
