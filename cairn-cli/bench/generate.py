"""Writes N synthetic Cairn JSON lines (the core engine's schema and key order) to stdout.

Usage: python3 generate.py LINES [SEED] [MEAN_GAP_MS] > /tmp/big.log   (3,300,000 lines is about 1 GiB)
Mix: 80% plain records, 18% request_completed, 2% flow_end with timelines; 3% ERROR with errors.
"""
import json, random, sys, datetime
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
n = int(sys.argv[1])
mean_gap_us = float(sys.argv[3]) * 1000 if len(sys.argv) > 3 else 1525
t0 = datetime.datetime(2026, 11, 21, 10, 0, 0, tzinfo=datetime.timezone.utc)
services = ["checkout", "payments", "catalog", "auth"]
loggers = ["shop.checkout.CheckoutController", "shop.pay.PaymentService", "shop.catalog.Search", "shop.auth.Login", "shop.db.Pool"]
levels = ["INFO"]*80 + ["DEBUG"]*10 + ["WARN"]*7 + ["ERROR"]*3
out = sys.stdout
us = 0
for i in range(n):
    us += max(1, int(random.expovariate(1 / mean_gap_us)))
    ts = (t0 + datetime.timedelta(microseconds=us)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    lvl = random.choice(levels)
    svc = random.choice(services)
    rec = {"timestamp": ts, "level": lvl, "logger": random.choice(loggers)}
    trace = "%032x" % random.getrandbits(128)
    r = random.random()
    if r < 0.02:
        label = random.choice(["checkout", "refund"])
        fid = "%s-%08x" % (label, random.getrandbits(32))
        failed = random.random() < 0.1
        steps = [{"fn": "validate_cart", "ms": round(random.uniform(0.5, 3), 1), "status": "ok", "depth": 0},
                 {"fn": "charge_card", "ms": round(random.uniform(5, 80), 1), "status": "failed" if failed else "ok", "depth": 0},
                 {"fn": "call_bank", "ms": 0.0, "status": "failed" if failed else "ok", "depth": 1}]
        steps[2]["ms"] = round(steps[1]["ms"] * random.uniform(0.5, 0.95), 1)
        if not failed:
            steps.append({"fn": "send_receipt", "ms": round(random.uniform(1, 10), 1), "status": "ok", "depth": 0})
        total = round(sum(s["ms"] for s in steps if s["depth"] == 0) + random.uniform(0, 2), 1)
        span = "%016x" % random.getrandbits(64)
        start_ts = (t0 + datetime.timedelta(microseconds=max(0, us - int(total * 1000)))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        out.write(json.dumps({"timestamp": start_ts, "level": "INFO", "logger": rec["logger"], "message": "flow_start",
                              "thread": "http-nio-8080-exec-1", "process": 4242, "service": svc, "trace_id": trace, "span_id": span,
                              "flow_id": fid, "flow_type": "flow_start"}, separators=(",", ":")) + "\n")
        if failed:
            out.write(json.dumps({"timestamp": ts, "level": "WARN", "logger": "shop.pay.PaymentService", "message": "card declined by bank",
                                  "thread": "http-nio-8080-exec-1", "process": 4242, "service": svc, "trace_id": trace, "span_id": span,
                                  "flow_id": fid, "bank_code": "05"}, separators=(",", ":")) + "\n")
        rec.update({"message": "flow_end", "thread": "http-nio-8080-exec-%d" % random.randint(1, 20), "process": 4242,
                    "service": svc, "host": "web-%d" % random.randint(1, 3), "trace_id": trace, "span_id": span,
                    "flow_id": fid, "flow_type": "flow_end", "flow_status": "failed" if failed else "success", "total_ms": total,
                    "steps": len(steps), "timeline": steps})
        if failed:
            rec.update({"failed_at": "charge_card", "step": "2/3", "flow_error": "PaymentDeclined: card declined"})
            rec["level"] = "ERROR"
    elif r < 0.2:
        rec.update({"message": "request_completed", "thread": "http-nio-8080-exec-%d" % random.randint(1, 20), "process": 4242,
                    "service": svc, "host": "web-%d" % random.randint(1, 3), "request_id": "req-%06d" % random.randint(0, 999999),
                    "user_id": str(random.randint(1, 500)), "trace_id": trace, "span_id": "%016x" % random.getrandbits(64),
                    "status": random.choice([200]*20 + [404, 500]), "duration_ms": round(random.expovariate(1/40), 2)})
    else:
        rec.update({"message": random.choice(["cart updated", "item added to cart", "search executed", "user logged in", "cache miss", "connection acquired"]),
                    "thread": "worker-%d" % random.randint(1, 8), "process": 4242, "service": svc, "host": "web-%d" % random.randint(1, 3),
                    "request_id": "req-%06d" % random.randint(0, 999999), "user_id": str(random.randint(1, 500)), "trace_id": trace,
                    "items": random.randint(1, 9), "duration_ms": round(random.expovariate(1/20), 2)})
        if rec["level"] == "ERROR":
            rec["error"] = {"type": random.choice(["java.lang.IllegalStateException", "java.sql.SQLTransientConnectionException"]),
                            "message": "boom", "stack": "java.lang.IllegalStateException: boom\n\tat shop.Pay.charge(Pay.java:10)\n\tat shop.Checkout.run(Checkout.java:42)"}
    out.write(json.dumps(rec, separators=(",", ":")) + "\n")
