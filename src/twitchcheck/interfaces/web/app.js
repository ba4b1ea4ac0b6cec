// The interview page: a description, follow-up questions one at a time, then the answer.
// Plain JavaScript served from this machine. Every turn sends the text and all answers so far
// to POST /v1/consult (the server keeps no state). Server text is inserted as text, never as HTML.
"use strict";

(function () {
  const MAX_QUESTIONS = 8;
  const SVG = "http://www.w3.org/2000/svg";

  // Words for the contract's triage levels (CONTRACT.md): the colour is never the only signal.
  const TRIAGE = {
    emergency_ambulance: { words: "Call an ambulance now", detail: "Call 999, 112 or 911. Do not drive yourself.", icon: "alert" },
    emergency: { words: "Go to an emergency department now", detail: "", icon: "alert" },
    consultation_24: { words: "See a doctor within 24 hours", detail: "", icon: "clock" },
    consultation: { words: "Book an appointment with a doctor", detail: "In the coming days or weeks.", icon: "calendar" },
    self_care: { words: "Self-care is reasonable for now", detail: "The answer below says when to see a doctor.", icon: "check" },
  };
  const NO_TRIAGE = {
    out_of_scope: { words: "Outside what twitchcheck covers", detail: "", icon: "info" },
    general: { words: "General information", detail: "You did not describe symptoms, so there is nothing to triage.", icon: "info" },
  };
  const MRI = {
    urgent: "Emergency imaging is needed: the hospital will arrange a scan.",
    recommended: "An MRI scan is advisable; a doctor can arrange it.",
    not_needed: "An MRI is not needed now.",
  };
  const ICONS = {
    alert: ["M12 3 2 21h20L12 3z", "M12 10v5", "M12 18v.01"],
    clock: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 7v5l3 3"],
    calendar: ["M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z", "M3 10h18", "M8 3v4", "M16 3v4"],
    check: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M7.5 12.5l3 3 6-6"],
    info: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 11v6", "M12 7.5v.01"],
  };

  const state = { text: "", answers: {}, asked: 0, consultation: null, question: null };
  const $ = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function icon(name) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "icon");
    for (const d of ICONS[name]) {
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("d", d);
      svg.appendChild(path);
    }
    return svg;
  }

  function percent(probability) {
    if (probability < 0.01) return "under 1%";
    if (probability > 0.99) return "over 99%";
    return Math.round(probability * 100) + "%";
  }

  // --- talking to the server -------------------------------------------------------------------

  async function consult() {
    let response;
    try {
      response = await fetch("/v1/consult", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ text: state.text, answers: state.answers }),
      });
    } catch (error) {
      throw new Error("twitchcheck could not be reached. Check that the server is running and try again.");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      body = null;
    }
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : "the server answered " + response.status;
      throw new Error("Sorry, that did not work: " + detail + ".");
    }
    return body;
  }

  function setBusy(section, busy) {
    section.setAttribute("aria-busy", busy ? "true" : "false");
    for (const button of section.querySelectorAll("button")) button.disabled = busy;
    $("status").textContent = busy ? "Working on it…" : "";
  }

  function showError(id, message) {
    const box = $(id);
    box.textContent = message;
    box.hidden = !message;
  }

  function show(sectionId) {
    for (const id of ["describe", "question", "result"]) $(id).hidden = id !== sectionId;
  }

  // --- the three steps -------------------------------------------------------------------------

  async function start(event) {
    event.preventDefault();
    const textarea = $("text");
    const text = textarea.value.trim();
    if (!/\p{L}/u.test(text)) {
      textarea.setAttribute("aria-invalid", "true");
      textarea.setAttribute("aria-describedby", "text-hint describe-error");
      showError("describe-error", "Please describe what is happening first, in a few words.");
      textarea.focus();
      return;
    }
    textarea.removeAttribute("aria-invalid");
    textarea.setAttribute("aria-describedby", "text-hint");
    showError("describe-error", "");
    Object.assign(state, { text: text, answers: {}, asked: 0 });
    setBusy($("describe"), true);
    try {
      state.consultation = await consult();
      next();
    } catch (error) {
      textarea.setAttribute("aria-describedby", "text-hint describe-error");
      showError("describe-error", error.message);
      textarea.focus();
    } finally {
      setBusy($("describe"), false);
    }
  }

  function next() {
    const questions = state.consultation.next_questions || [];
    const question = questions.find((q) => !(q.finding in state.answers));
    if (!question || state.asked >= MAX_QUESTIONS) {
      showResult();
    } else {
      showQuestion(question);
    }
  }

  function showQuestion(question) {
    state.question = question;
    $("question-step").textContent = "Question " + (state.asked + 1);
    $("question-text").textContent = question.text;
    const why = question.why ? "Why we ask: this " + question.why + "." : "";
    $("question-why").textContent = why;
    $("question-why").hidden = !why;
    showError("question-error", "");
    show("question");
    document.title = "Question " + (state.asked + 1) + " – twitchcheck";
    $("question-text").focus();
  }

  async function answer(status) {
    state.answers[state.question.finding] = status;
    state.asked += 1;
    setBusy($("question"), true);
    try {
      state.consultation = await consult();
      next();
    } catch (error) {
      delete state.answers[state.question.finding];
      state.asked -= 1;
      showError("question-error", error.message);
    } finally {
      setBusy($("question"), false);
    }
  }

  function restart() {
    Object.assign(state, { text: "", answers: {}, asked: 0, consultation: null, question: null });
    $("text").value = "";
    show("describe");
    document.title = "twitchcheck: eyelid and facial twitching";
    $("text").focus();
  }

  // --- the result ------------------------------------------------------------------------------

  function showResult() {
    const c = state.consultation;
    renderTriage(c);
    renderAnswerText(c.answer_text || "");
    renderDifferential(c.differential || []);
    renderMri(c.imaging || {});
    renderReferences(c.citations || []);
    show("result");
    document.title = "Your answer – twitchcheck";
    $("result-heading").focus();
  }

  function renderTriage(c) {
    const level = c.triage && c.triage.level;
    const info = level ? TRIAGE[level] : (c.in_scope ? NO_TRIAGE.general : NO_TRIAGE.out_of_scope);
    const box = $("triage");
    box.replaceChildren();
    box.className = "triage triage-" + (level || "none");
    box.dataset.level = level || "none";
    box.appendChild(icon(info.icon));
    const body = element("div", null, "triage-body");
    body.appendChild(element("p", "Urgency", "triage-label"));
    body.appendChild(element("p", info.words, "triage-words"));
    if (info.detail) body.appendChild(element("p", info.detail, "triage-detail"));
    const reasons = (c.triage && c.triage.reasons) || [];
    if (reasons.length) {
      const list = element("ul", null, "triage-reasons");
      for (const reason of reasons) list.appendChild(element("li", reason));
      body.appendChild(list);
    }
    box.appendChild(body);
  }

  // Citation markers such as [3] become links to the reference list.
  function appendWithCitations(parent, text) {
    const parts = text.split(/(\[\d+\])/);
    for (const part of parts) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (match) {
        const link = element("a", part, "cite");
        link.href = "#ref-" + match[1];
        link.setAttribute("aria-label", "reference " + match[1]);
        parent.appendChild(link);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    }
  }

  // The readable answer is blocks separated by blank lines: a heading line, then sentences or "- " items.
  function renderAnswerText(text) {
    const container = $("answer-text");
    container.replaceChildren();
    const blocks = text.trim().split(/\n\s*\n/);
    for (const block of blocks) {
      const lines = block.split("\n").filter((line) => line.trim());
      if (!lines.length) continue;
      if (lines.length > 1 && lines.slice(1).every((line) => /^\[\d+\] /.test(line))) continue; // the references
      let rest = lines;
      if (lines.length > 1 && !lines[0].startsWith("- ")) {
        container.appendChild(element("h4", lines[0]));
        rest = lines.slice(1);
      }
      let list = null;
      for (const line of rest) {
        if (line.startsWith("- ")) {
          if (!list) list = container.appendChild(element("ul"));
          const item = element("li");
          appendWithCitations(item, line.slice(2));
          list.appendChild(item);
        } else {
          list = null;
          const paragraph = element("p");
          appendWithCitations(paragraph, line);
          container.appendChild(paragraph);
        }
      }
    }
  }

  function reasonList(title, reasons, className) {
    const wrapper = element("div", null, "reasons " + className);
    wrapper.appendChild(element("p", title, "reasons-title"));
    const list = element("ul");
    for (const reason of reasons) list.appendChild(element("li", reason));
    wrapper.appendChild(list);
    return wrapper;
  }

  function renderDifferential(entries) {
    const list = $("differential");
    list.replaceChildren();
    $("differential-card").hidden = entries.length === 0;
    for (const entry of entries) {
      const item = element("li", null, "condition");
      const head = element("p", null, "condition-head");
      head.appendChild(element("span", entry.name || entry.condition, "condition-name"));
      head.appendChild(element("span", percent(entry.probability) + ", " + entry.likelihood_words, "condition-value"));
      item.appendChild(head);
      const bar = element("div", null, "bar");
      bar.setAttribute("aria-hidden", "true");
      const fill = element("div", null, "bar-fill");
      fill.style.width = Math.max(1, Math.round(entry.probability * 100)) + "%";
      bar.appendChild(fill);
      item.appendChild(bar);
      if (entry.for && entry.for.length) item.appendChild(reasonList("Points to it", entry.for, "reasons-for"));
      if (entry.against && entry.against.length) item.appendChild(reasonList("Points against it", entry.against, "reasons-against"));
      list.appendChild(item);
    }
  }

  function renderMri(imaging) {
    const box = $("mri");
    box.replaceChildren();
    $("mri-card").hidden = !imaging.mri;
    if (!imaging.mri) return;
    box.appendChild(element("p", MRI[imaging.mri] || imaging.mri, "mri-advice mri-" + imaging.mri));
    if (imaging.reason) box.appendChild(element("p", imaging.reason));
    if (imaging.would_change && imaging.would_change.length) {
      box.appendChild(element("p", "This advice would change if you notice:", "reasons-title"));
      const list = element("ul");
      for (const finding of imaging.would_change) list.appendChild(element("li", finding));
      box.appendChild(list);
    }
  }

  function renderReferences(citations) {
    const list = $("references");
    list.replaceChildren();
    $("references-card").hidden = citations.length === 0;
    citations.forEach((citation, index) => {
      const item = element("li", citation.reference || citation.title);
      item.id = "ref-" + (index + 1);
      item.tabIndex = -1;
      list.appendChild(item);
    });
  }

  // --- wiring ----------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", () => {
    $("describe-form").addEventListener("submit", start);
    for (const button of document.querySelectorAll("[data-answer]")) {
      button.addEventListener("click", () => answer(button.dataset.answer));
    }
    $("skip").addEventListener("click", showResult);
    $("restart").addEventListener("click", restart);
    $("text").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("describe-form").requestSubmit();
    });
  });
})();
