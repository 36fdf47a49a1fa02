package disk

// secret is planted in notebooks to prove messages never quote them.
const secret = "Zxq-SECRET-erectile-9731"

// v1Fixture is a notebook written by vetted format 1 (the demo, plus an
// answer to a question no longer in the catalogue), kept with store's
// tests of the format.
const v1Fixture = "../testdata/notebook-v1.json"
