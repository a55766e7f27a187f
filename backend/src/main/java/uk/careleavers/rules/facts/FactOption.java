package uk.careleavers.rules.facts;

/**
 * One allowed answer of a CHOICE fact: the stable value and the words shown to the young person.
 */
public record FactOption(String value, String label) {}
