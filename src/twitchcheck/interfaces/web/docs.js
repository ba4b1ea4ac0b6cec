// The API docs page: renders /openapi.json with plain JavaScript (no Swagger UI from a CDN).
"use strict";

(function () {
  const METHODS = ["get", "post", "put", "patch", "delete"];

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function refName(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.type === "array" && schema.items) return "list of " + (refName(schema.items) || schema.items.type || "items");
    return schema.title || schema.type || "";
  }

  function fieldsTable(schema) {
    const properties = (schema && schema.properties) || {};
    const required = new Set((schema && schema.required) || []);
    const list = element("dl");
    for (const [name, property] of Object.entries(properties)) {
      list.appendChild(element("dt", name + (required.has(name) ? " (required)" : "")));
      const type = refName(property) || (property.anyOf || []).map(refName).filter(Boolean).join(" or ");
      list.appendChild(element("dd", [type, property.description].filter(Boolean).join(": ")));
    }
    return list;
  }

  function renderOperation(spec, path, method, operation) {
    const card = element("section", null, "endpoint");
    const heading = element("h3");
    heading.appendChild(element("span", method.toUpperCase(), "method"));
    heading.appendChild(element("span", path, "path"));
    card.appendChild(heading);
    if (operation.summary) card.appendChild(element("p", operation.summary));
    if (operation.description) card.appendChild(element("p", operation.description, "hint"));
    for (const parameter of operation.parameters || []) {
      card.appendChild(element("p", "Parameter " + parameter.name + " (" + parameter.in + ")"));
    }
    const body = operation.requestBody && operation.requestBody.content && operation.requestBody.content["application/json"];
    if (body) {
      const name = refName(body.schema);
      card.appendChild(element("p", "Request body (application/json): " + name));
      const schema = ((spec.components || {}).schemas || {})[name];
      if (schema) card.appendChild(fieldsTable(schema));
    }
    const responses = element("ul");
    for (const [status, response] of Object.entries(operation.responses || {})) {
      const content = response.content || {};
      const [mediaType, media] = Object.entries(content)[0] || ["", {}];
      const schema = refName(media && media.schema);
      const text = status + " " + (response.description || "") + (mediaType ? " (" + mediaType + (schema ? ": " + schema : "") + ")" : "");
      responses.appendChild(element("li", text));
    }
    card.appendChild(element("p", "Responses:"));
    card.appendChild(responses);
    return card;
  }

  function renderSchemas(spec) {
    const section = element("section");
    section.appendChild(element("h2", "Schemas"));
    for (const [name, schema] of Object.entries((spec.components || {}).schemas || {})) {
      const details = element("details", null, "endpoint");
      details.appendChild(element("summary", name));
      details.appendChild(element("pre", JSON.stringify(schema, null, 2)));
      section.appendChild(details);
    }
    return section;
  }

  async function main() {
    const target = document.getElementById("endpoints");
    try {
      const response = await fetch("/openapi.json");
      const spec = await response.json();
      document.getElementById("api-title").textContent = spec.info.title + " API " + spec.info.version;
      document.getElementById("api-description").textContent = spec.info.description || "";
      target.replaceChildren();
      for (const [path, item] of Object.entries(spec.paths)) {
        for (const method of METHODS) {
          if (item[method]) target.appendChild(renderOperation(spec, path, method, item[method]));
        }
      }
      target.after(renderSchemas(spec));
    } catch (error) {
      target.replaceChildren(element("p", "Could not read /openapi.json: " + error.message, "error"));
    }
  }

  document.addEventListener("DOMContentLoaded", main);
})();
