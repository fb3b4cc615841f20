"""Embedded backend: settled cases, fabrication guard, zero-shot customs, learned examples."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dispo.analysis.classifier import embedded, get_classifier
from dispo.analysis.classifier.base import CallInput, LabelledExample, OutcomeOption
from dispo.analysis.classifier.embedded import (
    EmbeddedClassifier,
    ModelLoadError,
    first_person,
    get_encoder,
    verify_assets,
)

from .helpers import A, U, call, labels
from .test_rules import CASES

SUBSTANTIVE = {"Interested", "Not Interested", "Appointment Booked"}


@pytest.fixture(scope="module")
def clf() -> EmbeddedClassifier:
    return EmbeddedClassifier()


@pytest.mark.parametrize(("name", "c", "gold"), CASES, ids=[c[0] for c in CASES])
def test_settled_cases(clf: EmbeddedClassifier, name: str, c: CallInput, gold: str | None) -> None:
    res = clf.classify(c, labels())
    assert res.outcome == gold, res.summary
    assert res.backend == "embedded"


@pytest.mark.parametrize(
    "c",
    [
        call(end_reason="no_answer"),
        call((A, "Hi, would you like a demo on Tuesday at 3?"), (U, "hello?")),
        call((A, "Hi, would you like a demo on Tuesday at 3?"), (U, "Hello hello?"), (U, "yeah?")),
        call((A, "We can book you Thursday at 2pm, does that work?")),
        call((U, "uh hello"), (A, "Great, I'll put you down for Friday!"), voicemail_detected=True),
        call((U, "The number you have dialed is not in service")),
    ],
)
def test_never_fabricates_without_substance(clf: EmbeddedClassifier, c: CallInput) -> None:
    custom = OutcomeOption("Hot Lead", "The person wants to buy right away.", examples=("hello",))
    res = clf.classify(c, labels(custom))
    assert res.outcome not in SUBSTANTIVE | {"Hot Lead"}


def test_paraphrased_stances(clf: EmbeddedClassifier) -> None:
    # None of these phrasings is covered by the rules' patterns; the embeddings decide.
    opener = (A, "Hi, this is Sam from Acme Solar, can I tell you about a free roof check?")
    ls = labels()
    assert clf.classify(
        call(opener, (U, "We have zero use for anything like that.")), ls
    ).outcome == ("Not Interested")
    assert clf.classify(call(opener, (U, "I am intrigued, go on.")), ls).outcome == "Interested"


def test_custom_zero_shot_from_description(clf: EmbeddedClassifier) -> None:
    renter = OutcomeOption("Renter", "The person does not own the home; they rent.")
    c = call(
        (A, "Hi, we install solar panels, could we do a free site survey?"),
        (U, "I'm only leasing this apartment, the landlord owns it."),
    )
    res = clf.classify(c, labels(renter))
    assert res.outcome == "Renter"
    assert res.evidence[0].message_index == 1
    assert "leasing" in res.summary


def test_custom_not_assigned_when_unrelated(clf: EmbeddedClassifier) -> None:
    renter = OutcomeOption("Renter", "The person does not own the home; they rent.")
    c = call((A, "Hi, could we do a free site survey?"), (U, "How much does it cost?"))
    assert clf.classify(c, labels(renter)).outcome == "Interested"


def test_subcase_custom_needs_its_parent_stance(clf: EmbeddedClassifier) -> None:
    dnc = OutcomeOption("Do Not Call")
    refuse = call((A, "Hi, quick offer for you."), (U, "Quit calling this number."))
    assert clf.classify(refuse, labels(dnc)).outcome == "Do Not Call"
    soft = call((A, "Hi, quick offer for you."), (U, "Nah, I'm good, thanks."))
    assert clf.classify(soft, labels(dnc)).outcome == "Not Interested"
    td = OutcomeOption("Test Drive Booked", "The person agreed to a test drive at a set time.")
    booked = call((A, "Can I set up a test drive for Thursday at 11?"), (U, "Sure, that works."))
    assert clf.classify(booked, labels(td)).outcome == "Test Drive Booked"
    service = call((A, "Can I book your service visit for Thursday at 11?"), (U, "Sure."))
    assert clf.classify(service, labels(td)).outcome == "Appointment Booked"


def test_option_examples_teach_an_opaque_label(clf: EmbeddedClassifier) -> None:
    c = call((A, "Hi, checking in about your heating."), (U, "Water is pouring into my cellar!"))
    bare = OutcomeOption("Code Red")
    taught = OutcomeOption("Code Red", examples=("my basement is flooding", "a pipe burst"))
    assert clf.classify(c, labels(bare)).outcome != "Code Red"
    assert clf.classify(c, labels(taught)).outcome == "Code Red"


def test_workspace_examples_are_isolated_and_retrained() -> None:
    clf = EmbeddedClassifier()
    vip = OutcomeOption("VIP", "A very important caller.")
    c = call(
        (A, "Hello, thanks for picking up."),
        (U, "My llama chewed through the garden hose again."),
    )
    ex = (LabelledExample("VIP", "my llama chewed through the garden hose"),)
    ws_a = labels(vip, workspace="a", version=1, examples=ex)
    ws_b = labels(vip, workspace="b", version=1)
    assert clf.classify(c, ws_a).outcome == "VIP"
    # Workspace b never saw a's corrections.
    assert clf.classify(c, ws_b).outcome is None
    # A new version without the example retrains a's model.
    ws_a2 = labels(vip, workspace="a", version=2)
    assert clf.classify(c, ws_a2).outcome is None
    ws_a3 = labels(vip, workspace="a", version=3, examples=ex)
    assert clf.classify(c, ws_a3).outcome == "VIP"


def test_examples_of_inactive_labels_are_ignored() -> None:
    clf = EmbeddedClassifier()
    c = call((A, "Hello."), (U, "My llama chewed through the garden hose again."))
    ex = (LabelledExample("Retired Label", "my llama chewed through the garden hose"),)
    assert clf.classify(c, labels(examples=ex)).outcome is None


def test_first_person_rewrite() -> None:
    assert first_person("The person says they rent the home.") == "i rent the home"
    assert first_person("The prospect currently uses a competing product.") == (
        "i currently use a competing product"
    )


def test_asset_checksum_mismatch_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "tokenizer.json").write_text("{}")
    with pytest.raises(ModelLoadError, match="sha256"):
        verify_assets(tmp_path, {"tokenizer.json": "0" * 64})
    with pytest.raises(ModelLoadError, match="missing"):
        verify_assets(tmp_path, {"onnx/model.onnx": "0" * 64})


def test_pinned_package_version_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded, "MODEL_PACKAGE_VERSION", "9.9.9")
    with pytest.raises(ModelLoadError, match="pinned"):
        embedded.asset_dir()


def test_encoder_is_a_thread_safe_singleton() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(get_encoder())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1
    assert get_classifier("embedded") is get_classifier("embedded")


def test_long_call_decides_on_its_end(clf: EmbeddedClassifier) -> None:
    turns: list[tuple[str, str]] = []
    for i in range(19):
        turns += [(A, f"Question {i}: how many rooms does the house have?"), (U, "About four.")]
    turns += [(A, "Can I book the visit for Tuesday at 3pm?"), (U, "Yes, Tuesday at 3 works.")]
    c = call(*turns)
    ls = labels()
    res = clf.classify(c, ls)
    # Speed is measured by `dispo bench` (docs/classifier.md), never by a timed test.
    assert res.outcome == "Appointment Booked"
    assert res.evidence[0].message_index == len(turns) - 1


def test_int8_model_is_made_once_and_remade_when_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPO_MODEL_CACHE", str(tmp_path))
    model = embedded.quantized_model(embedded.asset_dir())
    assert model.parent == tmp_path
    digest = model.with_suffix(".sha256").read_text().strip()
    made = model.stat().st_mtime_ns
    assert embedded.quantized_model(embedded.asset_dir()) == model
    assert model.stat().st_mtime_ns == made  # reused, not made again
    with model.open("r+b") as f:  # a damaged cache file is detected and replaced
        f.seek(1000)
        f.write(b"\0" * 64)
    assert embedded.quantized_model(embedded.asset_dir()) == model
    assert embedded._sha256(model) == digest
    assert not list(tmp_path.glob("*.tmp"))


def test_int8_embeddings_stay_close_to_fp32(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPO_MODEL_CACHE", str(tmp_path))
    texts = ["Yes, Tuesday at 3 works.", "Take me off your list.", "How much does it cost?"]
    fp32 = embedded.Encoder(model_precision="fp32").embed(texts)
    int8 = embedded.Encoder(model_precision="int8").embed(texts)
    assert (fp32 * int8).sum(axis=1).min() > 0.97


def test_precision_setting_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPO_EMBEDDED_PRECISION", "fp16")
    with pytest.raises(ModelLoadError, match="int8 or fp32"):
        embedded.precision()


def test_embeddings_alone_never_give_inbound_requests_a_stance(clf: EmbeddedClassifier) -> None:
    c = call(
        (A, "Thanks for calling, how can I help?"),
        (U, "Hi, I got a voicemail from this number earlier today."),
        direction="inbound",
    )
    assert clf.classify(c, labels()).outcome is None


def test_short_factual_answers_are_not_stances(clf: EmbeddedClassifier) -> None:
    c = call(
        (A, "Hi, it's Max from Summit Auto."),
        (U, "Yeah."),
        (A, "would you be leasing or buying"),
        (U, "Probably leasing."),
    )
    assert clf.classify(c, labels()).outcome is None


def test_negation_does_not_match_its_opposite(clf: EmbeddedClassifier) -> None:
    renter = OutcomeOption("Renter", "The person does not own the home; they rent.")
    c = call(
        (A, "Do you own the house or rent it?"),
        (U, "We own it, bought it back in 2015 with my wife."),
        (A, "Could we do the free site survey Tuesday at 3pm?"),
        (U, "Yes, Tuesday at three works for us."),
    )
    assert clf.classify(c, labels(renter)).outcome == "Appointment Booked"


def test_concurrent_classification_matches_sequential() -> None:
    from concurrent.futures import ThreadPoolExecutor

    clf = EmbeddedClassifier()
    calls = [c for _, c, _ in CASES]
    ls = labels(OutcomeOption("Renter", "The person does not own the home; they rent."))
    expected = [clf.classify(c, ls).outcome for c in calls]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda c: clf.classify(c, ls).outcome, calls * 3))
    assert got == expected * 3


def test_custom_scorer_matches_its_features(clf: EmbeddedClassifier) -> None:
    from dispo.analysis.classifier import custom_weights

    assert custom_weights.FEATURES == embedded.CUSTOM_FEATURES  # refit after changing features
    n = len(custom_weights.FEATURES)
    assert n == len(custom_weights.MEAN) == len(custom_weights.SCALE) == len(custom_weights.WEIGHTS)
    c = call((A, "Are you still the homeowner?"), (U, "No, we rent this place from a landlord."))
    renter = OutcomeOption("Renter", "The person does not own the home; they rent.")
    ls = labels(renter)
    views = embedded.select_turns(c.messages, [1], clf.workspace_model(ls))
    tv = get_encoder().embed([v.text for v in views])
    ctx = embedded._CustomContext.of(c.messages, views)
    [(cm, vi, feats)] = clf.plain_custom_features(ctx, clf.workspace_model(ls), tv)
    assert cm.option.label == "Renter" and vi == 0 and feats.shape == (n,)
    assert clf.custom_probability(feats) > 0.5
    assert clf.classify(c, ls).outcome == "Renter"


def test_a_goodbye_is_no_refusal(clf: EmbeddedClassifier) -> None:
    c = call((A, "Hi, it's Amy from BrightSmile, calling about your checkup."), (U, "Goodbye."))
    assert clf.classify(c, labels()).outcome is None
