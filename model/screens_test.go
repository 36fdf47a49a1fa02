package model

import (
	"fmt"

	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/interview"
	"github.com/vetted-tui/vetted/model/outreachpane"
	"github.com/vetted-tui/vetted/model/profile"
	"github.com/vetted-tui/vetted/model/questions"
)

// screenKind names a screen by its type, for tests to say which one is on
// view; the root itself knows no screen by kind.
type screenKind string

// The screens, by type.
const (
	screenRoster     screenKind = "roster.Model"
	screenWelcome    screenKind = "welcome.Model"
	screenEncrypt    screenKind = "welcome.encryptForm"
	screenDetails    screenKind = "form.Screen"
	screenInterview  screenKind = "interview.Model"
	screenCompare    screenKind = "compare.Screen"
	screenPriorities screenKind = "priorities.Screen"
	screenPrep       screenKind = "prep.Model"
	screenProfile    screenKind = "profile.Model"
	screenOutreach   screenKind = "outreachpane.Model"
	screenForm       screenKind = "form.Screen" // the credential check, a preparation item
	screenQuestions  screenKind = "questions.Model"
	screenExpect     screenKind = "expect.Model"
	screenCheckIns   screenKind = "checkin.List"
	screenCheckIn    screenKind = "checkin.Form"
)

// kind is the screen on view.
func (m Model) kind() screenKind { return screenKind(fmt.Sprintf("%T", m.top())) }

// The screens of this package, as on view; each panics on another screen,
// which fails the test that asked.
func (m Model) interview() interview.Model { return m.top().(interview.Model) }
func (m Model) details() form.Form         { return m.top().(form.Screen).Form() }
func (m Model) questions() questions.Model { return m.top().(questions.Model) }
func (m Model) form() form.Form            { return m.top().(form.Screen).Form() }
func (m Model) profile() profile.Model     { return m.top().(profile.Model) }
func (m Model) outreach() outreachpane.Model {
	return m.top().(outreachpane.Model)
}

// questionForm is the form open on the questions screen on view, nil
// when none is.
func (m Model) questionForm() *form.Form {
	if f, ok := m.questions().Form(); ok {
		return &f
	}
	return nil
}
