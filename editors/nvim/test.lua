-- End-to-end test of baokan in real Neovim (headless). Run by scripts/nvim-e2e.sh:
--   nvim --headless --clean -l editors/nvim/test.lua BAOKAN_BINARY WORKSPACE REPO
-- Exits non-zero (cquit) when any step fails.
local bin, dir, repo = arg[1], arg[2], arg[3]

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function check(condition, message)
  if not condition then fail(message) end
  io.stdout:write("ok: " .. message .. "\n")
end

vim.opt.rtp:prepend(repo .. "/editors/nvim")
vim.lsp.config("baokan", { cmd = { bin, "lsp" } })
vim.lsp.enable("baokan")
vim.cmd("filetype on")
vim.cmd("edit " .. dir .. "/02.txt")
local bufnr = vim.api.nvim_get_current_buf()
check(vim.bo[bufnr].filetype == "text", "the page has filetype text")

check(vim.wait(10000, function() return #vim.lsp.get_clients({ bufnr = bufnr }) > 0 end), "baokan attached")
local client = vim.lsp.get_clients({ bufnr = bufnr })[1]
check(vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end), "diagnostics arrived")
local codes = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do codes[d.code] = true end
check(codes["broken-wrap"], "a broken-wrap diagnostic")

local uri = vim.uri_from_bufnr(bufnr)
local symbols = client:request_sync("textDocument/documentSymbol", { textDocument = { uri = uri } }, 5000, bufnr)
local names = {}
for _, s in ipairs(symbols and symbols.result or {}) do names[s.name] = true end
check(names["坚持党的领导发挥制度优势"], "the outline lists the essay by its headline")

-- The continuation marker of 000 is on line 355 (0-based 354).
local marker = { line = 354, character = 0 }
local hover = client:request_sync("textDocument/hover", { textDocument = { uri = uri }, position = marker }, 5000, bufnr)
local value = hover and hover.result and hover.result.contents.value or ""
check(value:find("Continued from page 1", 1, true) ~= nil, "hover on the marker names page 1")

local target
vim.wait(10000, function()
  local r = client:request_sync("textDocument/definition", { textDocument = { uri = uri }, position = marker }, 5000, bufnr)
  target = r and r.result and r.result[1]
  return target ~= nil
end, 200)
check(target ~= nil and (target.targetUri or target.uri):find("01.txt", 1, true) ~= nil, "definition jumps to page 1")

local before = vim.api.nvim_buf_line_count(bufnr)
local diagnostic = nil
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if d.code == "broken-wrap" then diagnostic = d break end
end
local range = {
  start = { line = diagnostic.lnum, character = 0 },
  ["end"] = { line = diagnostic.end_lnum, character = 0 },
}
local actions = client:request_sync("textDocument/codeAction", {
  textDocument = { uri = uri }, range = range, context = { diagnostics = {}, only = { "quickfix" } },
}, 5000, bufnr)
local action = actions and actions.result and actions.result[1]
check(action ~= nil and action.edit ~= nil, "a quick fix is offered")
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
check(vim.api.nvim_buf_line_count(bufnr) == before - 1, "the quick fix removed the blank line")
vim.cmd("qall!")
