// The status page: reads the node's chain API from the same origin and follows /v1/events.
"use strict";

const state = { tips: null, lastPendingSlot: null, alerts: [] };
const $ = (id) => document.getElementById(id);

function short(h) { return h ? h.slice(0, 10) + "…" + h.slice(-6) : "-"; }

function alert(text, bad) {
  state.alerts.unshift({ text, bad, at: new Date().toLocaleTimeString() });
  state.alerts = state.alerts.slice(0, 8);
  $("alerts").innerHTML = state.alerts
    .map((a) => `<div class="alert${a.bad ? " bad" : ""}">${a.at} ${a.text}</div>`).join("");
}

function showTips(t) {
  const prev = state.tips;
  for (const k of ["pending", "assured", "proven", "finalized"]) {
    $("tip-" + k).textContent = t[k].number;
  }
  $("slot").textContent = t.slot;
  $("l1head").textContent = t.l1Head;
  if (prev) {
    if (t.assured.number < prev.assured.number) {
      alert(`assured chain went back from ${prev.assured.number} to ${t.assured.number} (prune or L1 reorg)`, true);
    }
    if (t.proven.number < prev.proven.number) {
      alert(`proven chain went back from ${prev.proven.number} to ${t.proven.number} (L1 reorg)`, true);
    }
    const gap = t.pending.slot - prev.pending.slot;
    if (t.pending.number > prev.pending.number && gap > 1) {
      alert(`${gap - 1} slot(s) without a block before slot ${t.pending.slot}`, false);
    }
  }
  const behind = t.slot - t.pending.slot;
  if (t.pending.number > 0 && behind > 3) {
    $("conn").textContent = `pending chain ${behind} slots behind`;
    $("conn").className = "bad";
  }
  state.tips = t;
}

async function get(path) {
  const r = await fetch(path, { cache: "no-store" });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}

async function refreshSlot() {
  try {
    const s = await get("/v1/slot");
    $("epoch").textContent = s.epoch;
    $("proposer").textContent = short(s.proposer);
    $("committee").innerHTML = (s.committee || [])
      .map((a, i) => `<tr><td>${i}</td><td><code>${a}</code></td><td>${i === s.proposerIndex ? "proposer" : ""}</td></tr>`).join("");
  } catch (e) { /* the next tick retries */ }
}

async function refreshBlocks() {
  if (!state.tips) return;
  const top = state.tips.pending.number;
  const rows = [];
  for (let n = top; n > Math.max(0, top - 10); n--) {
    try {
      const b = await get(`/v1/blocks/${n}`);
      rows.push(`<tr><td>${b.header.number}</td><td>${b.header.slot}</td><td>${(b.txs || []).length}</td>` +
        `<td>${(b.attestations || []).length}</td><td>${b.status}</td></tr>`);
    } catch (e) { break; }
  }
  $("blocks").innerHTML = rows.join("");
}

// The validators panel is built with textContent only: whatever a node (or whoever answers in
// its place) puts in a record is shown as text, never parsed as markup.
function cell(tr, text, miss) {
  const td = document.createElement("td");
  td.textContent = String(text);
  if (miss) td.className = "miss";
  tr.appendChild(td);
}

async function refreshValidators() {
  try {
    const v = await get("/v1/validators");
    $("validators-info").textContent = `slots ${v.firstSlot}–${v.lastSlot} · ${v.peers} peer(s) · ` +
      (v.synced ? "synced" : "catching up");
    const rows = (Array.isArray(v.validators) ? v.validators : []).map((m) => {
      const tr = document.createElement("tr");
      const td = document.createElement("td");
      const code = document.createElement("code");
      code.textContent = short(String(m.address));
      code.title = String(m.address);
      td.appendChild(code);
      tr.appendChild(td);
      cell(tr, m.proposed, false);
      cell(tr, m.missedProposals, m.missedProposals > 0);
      cell(tr, m.attested, false);
      cell(tr, m.missedAttestations, m.missedAttestations > 0);
      return tr;
    });
    $("validators").replaceChildren(...rows);
  } catch (e) { /* the next tick retries */ }
}

function follow() {
  const es = new EventSource("/v1/events");
  es.addEventListener("tips", (ev) => {
    $("conn").textContent = "live"; $("conn").className = "ok";
    showTips(JSON.parse(ev.data));
  });
  es.onerror = () => { $("conn").textContent = "reconnecting…"; $("conn").className = "bad"; };
}

follow();
refreshSlot(); setInterval(refreshSlot, 2000);
refreshBlocks(); setInterval(refreshBlocks, 2000);
refreshValidators(); setInterval(refreshValidators, 2000);
