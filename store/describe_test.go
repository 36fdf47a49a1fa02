package store

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDescriptionsMatchTags holds fields.go to the structs: every struct
// the notebook stores has a description, and each description lists the
// struct's fields in order, with the names and omissions of their json
// tags, each member reading and writing the field it names. A field added
// to a struct without its line in fields.go fails here.
func TestDescriptionsMatchTags(t *testing.T) {
	for _, p := range describedProblems(reflect.TypeFor[Notebook]()) {
		t.Error(p)
	}
}

// TestDescriptionCheckFindsGaps shows that the check above fails where it
// should: a field without a member, a member with the wrong omission or
// pointing at another field, and a stored struct without a description.
func TestDescriptionCheckFindsGaps(t *testing.T) {
	type twoFields struct {
		A string `json:"a"`
		B string `json:"b,omitempty"`
	}
	object([]member[twoFields]{field("a", func(s *twoFields) *string { return &s.A }, text, always)}, nil)
	type wrongOmission struct {
		A string `json:"a,omitempty"`
	}
	object([]member[wrongOmission]{field("a", func(s *wrongOmission) *string { return &s.A }, text, always)}, nil)
	type wrongField struct {
		A string `json:"a"`
		B string `json:"b"`
	}
	object([]member[wrongField]{
		field("a", func(s *wrongField) *string { return &s.B }, text, always),
		field("b", func(s *wrongField) *string { return &s.B }, text, always),
	}, nil)
	type undescribed struct {
		C string `json:"c"`
	}
	type holder struct {
		U []undescribed `json:"u"`
	}
	object([]member[holder]{field("u", func(s *holder) *[]undescribed { return &s.U }, list(valueCodec[undescribed]{}), always)}, nil)
	t.Cleanup(func() {
		for _, typ := range []reflect.Type{reflect.TypeFor[twoFields](), reflect.TypeFor[wrongOmission](),
			reflect.TypeFor[wrongField](), reflect.TypeFor[holder]()} {
			delete(described, typ)
		}
	})

	for _, tc := range []struct {
		root reflect.Type
		want string
	}{
		{reflect.TypeFor[twoFields](), `field "b" has no member`},
		{reflect.TypeFor[wrongOmission](), `"a": omitted when empty is false in the description`},
		{reflect.TypeFor[wrongField](), `"a": the member reads and writes another field`},
		{reflect.TypeFor[holder](), "undescribed has no description"},
	} {
		problems := describedProblems(tc.root)
		if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, tc.want) }) {
			t.Errorf("%s: want a problem with %q, got %q", tc.root, tc.want, problems)
		}
	}
}

// describedProblems walks the stored structs reachable from root and
// lists where fields.go and the structs disagree.
func describedProblems(root reflect.Type) []string {
	var problems []string
	seen := map[reflect.Type]bool{}
	var walk func(typ reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || typ == reflect.TypeFor[time.Time]() || seen[typ] {
			return
		}
		seen[typ] = true
		view, ok := described[typ]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("%s has no description in fields.go", typ))
			return
		case view == nil:
			return // encoding/json writes and reads it whole
		}
		s := reflect.New(typ)
		members, fields := view(s.Interface()), taggedFields(s.Elem())
		for i := range max(len(members), len(fields)) {
			if i >= len(fields) {
				problems = append(problems, fmt.Sprintf("%s: member %q has no field", typ, members[i].name))
				continue
			}
			f := fields[i]
			if i >= len(members) {
				problems = append(problems, fmt.Sprintf("%s: field %q has no member", typ, f.name))
				continue
			}
			m := members[i]
			switch at := reflect.ValueOf(m.addr); {
			case m.name != f.name:
				problems = append(problems, fmt.Sprintf("%s: member %d is %q, the field is %q", typ, i, m.name, f.name))
			case m.omit != f.omit:
				problems = append(problems, fmt.Sprintf("%s %q: omitted when empty is %v in the description, %v by the tag", typ, f.name, m.omit, f.omit))
			case at.Type() != f.addr.Type() || at.Pointer() != f.addr.Pointer():
				problems = append(problems, fmt.Sprintf("%s %q: the member reads and writes another field", typ, f.name))
			}
			problems = append(problems, locatorProblems(typ, f)...)
			walk(f.addr.Type().Elem())
		}
	}
	walk(root)
	return problems
}

// taggedField is a struct field as encoding/json sees it.
type taggedField struct {
	name string
	omit bool          // omitempty or omitzero leaves it out when empty
	addr reflect.Value // its address in the struct walked
}

// taggedFields lists the fields encoding/json writes for the struct v, an
// embedded struct's fields in its place.
func taggedFields(v reflect.Value) []taggedField {
	var out []taggedField
	for i := range v.NumField() {
		f := v.Type().Field(i)
		tag := f.Tag.Get("json")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, taggedFields(v.Field(i))...)
			continue
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		omit := slices.Contains(strings.Split(opts, ","), "omitzero")
		if slices.Contains(strings.Split(opts, ","), "omitempty") {
			// omitempty leaves out empty values of these kinds only; a
			// struct (a time) is always written.
			switch f.Type.Kind() {
			case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Map, reflect.Slice, reflect.Pointer:
				omit = true
			}
		}
		out = append(out, taggedField{name: name, omit: omit, addr: v.Field(i).Addr()})
	}
	return out
}

// locatorProblems checks that fileFields (codec.go), which places a
// refusal, knows f: a map's keys are data, and a time's value is checked
// on its own.
func locatorProblems(typ reflect.Type, f taggedField) []string {
	switch ft := f.addr.Type().Elem(); {
	case ft.Kind() == reflect.Map && !fileFields.Maps[f.name]:
		return []string{fmt.Sprintf("%s %q: a map missing from fileFields.Maps", typ, f.name)}
	case ft == reflect.TypeFor[time.Time]() && !fileFields.Times[f.name]:
		return []string{fmt.Sprintf("%s %q: a time missing from fileFields.Times", typ, f.name)}
	}
	return nil
}
