//go:build race

package disk

// raceEnabled reports a -race build, whose instrumented code runs several
// times slower: the crash test saves a smaller notebook under it.
const raceEnabled = true
