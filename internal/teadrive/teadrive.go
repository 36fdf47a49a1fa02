// Package teadrive runs a Bubble Tea model's commands without a terminal,
// as tea.Program would: for tests and tools that drive the app's model
// and look at what it draws.
package teadrive

import (
	"reflect"
	"runtime"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Run runs cmd and hands its message to send; a batch or a sequence is
// run command by command, in order. Commands that only wait (Waits) are
// not run: nothing here sleeps, so a caller's results never depend on
// the machine's speed.
func Run(cmd tea.Cmd, send func(tea.Msg)) {
	if cmd == nil || Waits(cmd) {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			Run(c, send)
		}
	default:
		// tea.Sequence's message is an unexported slice of commands.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				Run(v.Index(i).Interface().(tea.Cmd), send)
			}
			return
		}
		send(msg)
	}
}

// Waits reports whether cmd only sleeps before its message (a cursor's
// blink, a tea.Tick), told by the function it is, not by timing it.
func Waits(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.Contains(name, "bubbles/cursor.(*Model).BlinkCmd") || strings.Contains(name, "bubbletea.Tick")
}
