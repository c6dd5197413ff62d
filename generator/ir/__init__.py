"""The intermediate representation: frozen facts about one API, built from a resolved spec."""
