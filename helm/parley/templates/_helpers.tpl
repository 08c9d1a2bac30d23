{{/*
Shared names and labels. Per-service helpers take a context built in each template's range:
  (dict "root" $ "key" $key "svc" $svc)
where key is the canonical Helm key (gateway, billingMetering, ...) and svc its values entry.
*/}}

{{/* Chart name, used as app.kubernetes.io/part-of. */}}
{{- define "parley.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Prefix of every resource name: the release name, plus the chart name unless it already contains it. */}}
{{- define "parley.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "parley.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of the chart-wide resources (ConfigMap, ServiceAccount). */}}
{{- define "parley.commonLabels" -}}
helm.sh/chart: {{ include "parley.chart" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: {{ include "parley.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* The service's canonical name (= quarkus.application.name), e.g. billing-metering-service. */}}
{{- define "parley.serviceName" -}}
{{- dig "name" (printf "%s-service" (kebabcase .key)) .svc -}}
{{- end -}}

{{/* Name of the service's Deployment, Service and HPA, e.g. parley-gateway-service. */}}
{{- define "parley.resourceName" -}}
{{- printf "%s-%s" (include "parley.fullname" .root) (include "parley.serviceName" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Environment variable holding the base URL of one service, the owner of its Tencent commands
(docs/adr/0005): PARLEY_OWNER_<name without -service, upper case, '-' as '_'>, e.g. PARLEY_OWNER_AUTH,
PARLEY_OWNER_BILLING_METERING. Same rule as infra/scripts/services.sh.
*/}}
{{- define "parley.ownerEnvName" -}}
{{- printf "PARLEY_OWNER_%s" (include "parley.serviceName" . | trimSuffix "-service" | upper | replace "-" "_") -}}
{{- end -}}

{{/* In-cluster base URL of one service: its ClusterIP Service and port, e.g. http://parley-auth-service:8081. */}}
{{- define "parley.ownerUrl" -}}
{{- printf "http://%s:%v" (include "parley.resourceName" .) .svc.port -}}
{{- end -}}

{{/* Selector labels of one service: stable for the life of a release. */}}
{{- define "parley.selectorLabels" -}}
app.kubernetes.io/name: {{ include "parley.serviceName" . }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: {{ include "parley.name" .root }}
app.kubernetes.io/component: {{ .key }}
{{- end -}}

{{/* All labels of one service's resources. */}}
{{- define "parley.labels" -}}
helm.sh/chart: {{ include "parley.chart" .root }}
{{ include "parley.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}

{{/* <registry>/<repository>:<tag>; the service's registry and tag override image.*, the tag defaults to appVersion. */}}
{{- define "parley.image" -}}
{{- $global := .root.Values.image -}}
{{- $registry := dig "registry" $global.registry .svc.image -}}
{{- $tag := dig "tag" "" .svc.image | default $global.tag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .svc.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .svc.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* The shared ConfigMap holding the external endpoints. */}}
{{- define "parley.configMapName" -}}
{{- printf "%s-config" (include "parley.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "parley.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "parley.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}
