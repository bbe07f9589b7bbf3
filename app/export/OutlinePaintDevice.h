#pragma once

#include "OutlinePaintEngine.h"

#include <QPaintDevice>

namespace gapscope {

// A paint device with the size and resolution of `target` that paints onto it, text as outlines.
class OutlinePaintDevice : public QPaintDevice
{
public:
    explicit OutlinePaintDevice(QPaintDevice *target);
    ~OutlinePaintDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice *m_target;
    mutable OutlinePaintEngine m_engine;
};

} // namespace gapscope
