SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
SERVICE ?= message
# SendBench's JVM: C1 only and the serial collector keep the generator's own CPU low and steady (C2 compiling
# during a short window costs more than it saves), as for the tests.
BENCH_JAVA_OPTS ?= -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

.PHONY: help run stop test build infra-up infra-down infra-status logs topics bench bench-send helm-lint fmt clean dev

help: ## List targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "%-14s %s\n",$$1,$$2}'

run: ## Build if needed, start Kafka + Cassandra + all eight services, print URLs
	infra/scripts/run.sh

stop: ## Stop every service and the infra that `make run` started
	infra/scripts/stop.sh

test: ## Every test of every module, against real Kafka + Cassandra it starts itself
	infra/scripts/test.sh

build: ## Package every module without tests
	./mvnw -B -q -DskipTests package

infra-up: ## Start Kafka + Cassandra (dev instance); a no-op when already up
	infra/scripts/infra.sh up

infra-down: ## Stop Kafka + Cassandra (dev instance) by PID
	infra/scripts/infra.sh down

infra-status: ## Show whether Kafka + Cassandra are running
	infra/scripts/infra.sh status

logs: ## Tail the infra and service logs
	infra/scripts/infra.sh logs

topics: ## Create the Kafka topics of infra/kafka/topics.tsv (idempotent)
	infra/scripts/topics.sh

bench: ## REST load generator against a running stack: make bench ARGS='--usersig <admin sig>'
	java bench/RestLoad.java $(ARGS)

bench-send: ## Send-path benchmark (Cassandra, Kafka, sendmsg) against `make run`: make bench-send ARGS='--rate 500'
	./mvnw -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true
	java $(BENCH_JAVA_OPTS) -jar bench/target/parley-bench.jar \
	  --note "commit $$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$$(git diff --quiet HEAD 2>/dev/null || echo ' plus uncommitted changes')" \
	  $(ARGS)

helm-lint: ## Lint, render and schema-check the Helm chart (helm/parley)
	./mvnw -B -pl helm verify

fmt: ## Format Java sources (palantir-java-format via Spotless)
	./mvnw -B -q spotless:apply

dev: ## Run one service in Quarkus dev mode: make dev SERVICE=group
	./mvnw -pl services/$(SERVICE) -am quarkus:dev

clean: ## Remove build output (keeps .parley data)
	./mvnw -B -q clean
