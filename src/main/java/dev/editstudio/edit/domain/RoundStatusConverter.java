package dev.editstudio.edit.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RoundStatusConverter implements AttributeConverter<RoundStatus, String> {

    @Override
    public String convertToDatabaseColumn(RoundStatus status) {
        return status == null ? null : status.id();
    }

    @Override
    public RoundStatus convertToEntityAttribute(String id) {
        return id == null ? null : RoundStatus.of(id);
    }
}
