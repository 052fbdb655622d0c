-- Drives `obslint lsp` from headless Neovim 0.7.2 for cmd/obslint's editor
-- test. With the Go file to check as the current buffer, it attaches the
-- server, waits for diagnostics, applies the quick fix of the ctxsever
-- finding on line OBSLINT_FIX_LINE (0-based), saves, waits for the
-- diagnostics of the saved file, and writes what it saw as JSON to
-- OBSLINT_OUT. It exits 0 on success and 1 on failure, with the error on
-- standard error.
--
-- The diagnostics published for the package's other files are written
-- too, as the last publication for each URI.
--
-- Environment: OBSLINT_BIN (the obslint binary), OBSLINT_ARGS (flags of
-- `obslint lsp`, separated by spaces), OBSLINT_INIT_OPTIONS (JSON, the
-- server's settings), OBSLINT_OUT, OBSLINT_FIX_LINE, OBSLINT_TIMEOUT_MS
-- (each wait; default 30000).

local function main()
  local bin = assert(os.getenv('OBSLINT_BIN'), 'OBSLINT_BIN is not set')
  local out = assert(os.getenv('OBSLINT_OUT'), 'OBSLINT_OUT is not set')
  local fix_line = assert(tonumber(os.getenv('OBSLINT_FIX_LINE')), 'OBSLINT_FIX_LINE is not set')
  local timeout = tonumber(os.getenv('OBSLINT_TIMEOUT_MS') or '30000')
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  -- Keep the raw LSP diagnostics: their ranges are in UTF-16 code units,
  -- while vim.diagnostic.get() reports byte columns.
  local published = {}
  local others = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri == uri then
      table.insert(published, result)
    elseif result then
      others[result.uri] = result.diagnostics
    end
    return default_handler(err, result, ctx, config)
  end

  local cmd = { bin, 'lsp' }
  for arg in string.gmatch(os.getenv('OBSLINT_ARGS') or '', '%S+') do
    table.insert(cmd, arg)
  end
  local exited
  local id = vim.lsp.start_client({
    name = 'obslint',
    cmd = cmd,
    init_options = os.getenv('OBSLINT_INIT_OPTIONS') and vim.fn.json_decode(os.getenv('OBSLINT_INIT_OPTIONS')),
    root_dir = vim.fn.getcwd(),
    -- With -u NONE the buffer has no filetype.
    get_language_id = function() return 'go' end,
    on_exit = function(code, signal) exited = string.format('code %d, signal %d', code, signal) end,
  })
  assert(id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, id), 'vim.lsp.buf_attach_client failed')
  local client = vim.lsp.get_client_by_id(id)

  local function wait_for(what, cond)
    local ok = vim.wait(timeout, function() return exited ~= nil or cond() end, 20)
    if exited then error('obslint lsp exited (' .. exited .. ') while waiting for ' .. what) end
    if not ok then error('timed out waiting for ' .. what) end
  end
  local function last() return published[#published].diagnostics end

  wait_for('diagnostics', function() return #published > 0 and #last() > 0 end)
  local initial = last()
  local target
  for _, d in ipairs(initial) do
    if d.code == 'ctxsever' and d.range.start.line == fix_line then target = d end
  end
  assert(target, 'no ctxsever diagnostic on line ' .. fix_line .. ' in ' .. vim.inspect(initial))

  local resp, err = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }, timeout, bufnr)
  assert(resp, 'textDocument/codeAction: ' .. tostring(err))
  assert(not resp.err, 'textDocument/codeAction: ' .. vim.inspect(resp.err))
  local actions = resp.result
  assert(actions and #actions == 1, 'want one quick fix, got ' .. vim.inspect(actions))
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)

  local before = #published
  vim.cmd('silent write')
  wait_for('diagnostics without the fixed finding', function()
    if #published == before then return false end
    for _, d in ipairs(last()) do
      if d.range.start.line == fix_line then return false end
    end
    return true
  end)

  vim.fn.writefile({ vim.fn.json_encode({ initial = initial, actions = actions, final = last(), others = others }) }, out)
end

local ok, err = pcall(main)
if ok then
  vim.cmd('qa!')
else
  io.stderr:write('driver.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
