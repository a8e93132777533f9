{{/*
Names of the components (sub-charts) this job deploys: those whose values say enabled.
*/}}
{{- define "modelops.enabledComponents" -}}
{{- $components := list -}}
{{- range $name, $values := .Values }}
{{- if and (kindIs "map" $values) (hasKey $values "enabled") $values.enabled }}
{{- $components = append $components $name -}}
{{- end }}
{{- end }}
{{- toYaml $components -}}
{{- end -}}
