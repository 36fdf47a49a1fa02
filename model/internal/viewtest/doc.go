// Package viewtest holds what the tests of the screens share for reading
// a drawn view.
package viewtest
