{{/*
A container image from the global registry. Usage: include "modelops.image" (list . "name")
A name holding a "/" is used as given (a public image).
*/}}
{{- define "modelops.image" -}}
{{- $ctx := index . 0 -}}
{{- $name := index . 1 -}}
{{- if contains "/" $name -}}
{{- $name -}}
{{- else -}}
{{- $g := $ctx.Values.global.modelops -}}
{{- printf "%s/%s:%s" (required "global.modelops.imageRegistry is required" $g.imageRegistry) $name ($g.imageTag | default $ctx.Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{/*
Environment every container gets: trace level, git server and job identity.
*/}}
{{- define "modelops.env" -}}
- name: MODELOPS_PIPELINE
  value: {{ include "modelops.pipeline" . | quote }}
- name: MODELOPS_JOB
  value: {{ .Values.global.modelops.job | quote }}
- name: MODELOPS_TRACE_LEVEL
  value: {{ .Values.global.modelops.traceLevel | quote }}
- name: MODELOPS_GIT_SERVER
  value: {{ .Values.global.modelops.gitServer | quote }}
{{- end -}}
