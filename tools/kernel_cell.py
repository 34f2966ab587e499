"""Runs one cell in a started Jupyter kernel and collects what it sent: used by the kernel checks
(tools/interrupt_check.py, tools/plain_kernel_check.py), which talk to a kernel directly with
jupyter_client instead of running a notebook."""


def run(kc, code, timeout=120):
    """Runs `code` as one cell through the client `kc`; returns (the reply's status, the cell's
    iopub messages up to its idle status as (type, content) pairs, the error text or "")."""
    msg_id = kc.execute(code)
    messages, error = [], ""
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status" and content["execution_state"] == "idle":
            break
        if kind == "error":
            error = content["ename"] + ": " + content["evalue"]
        messages.append((kind, content))
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply["content"]["status"], messages, error


def result(messages):
    """The data of the cell's result (execute_result), {} if it had none."""
    return next((c["data"] for k, c in messages if k == "execute_result"), {})
