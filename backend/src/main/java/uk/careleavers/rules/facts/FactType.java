package uk.careleavers.rules.facts;

/** The four kinds of answer a young person can give. Any of them may also be "not sure". */
public enum FactType {
  DATE,
  YES_NO,
  CHOICE,
  NUMBER
}
